## Helplines, channels, safety tips, rights and resources.

help-title = Sino ang makakatulong
help-open-now = Bukas ngayon
help-closed-now = Sarado ngayon
help-open-24-7 = Bukas araw at gabi
help-opens-at = Magbubukas nang { $time }
help-closes-at = Magsasara nang { $time }
help-free = Libre ang tawag
help-may-cost = Maaaring may bayad ang tawag
help-languages = Mga wika: { $languages }
help-interpreters = May tagasalin
help-in-country = Mga hotline sa { $country }
help-none-open = Walang bukas na hotline ngayon. Maaari ka pa ring magpadala ng mensahe o email. Nasa panganib ka ba ngayon? Tawagan ang emergency number.
help-emergency = Nasa panganib ka ba ngayon? Tawagan ang { $number }.
help-count = { $count ->
        [0] Walang nakitang hotline
        [one] { $count } hotline
       *[other] { $count } hotline
    }

## Who runs the line. The shells must always show the police/immigration warning.

operator-ngo = Pinapatakbo ng isang charity
operator-government = Pinapatakbo ng gobyerno
operator-police = Pinapatakbo ng pulis
operator-immigration = Pinapatakbo ng immigration
operator-intergovernmental = Pinapatakbo ng isang internasyonal na organisasyon
operator-warning-law = Ang linyang ito ay pinapatakbo ng pulis o ng immigration. Maaari ka nilang tanungin tungkol sa iyong mga papeles. Kung natatakot ka roon, pumili ng linyang pinapatakbo ng isang charity.
operator-warning-confirm = Tumawag pa rin

## Channels

channel-phone = Telepono
channel-sms = Text message
channel-whatsapp = WhatsApp
channel-web = Website
channel-email = Email

## Data quality

info-last-checked = Huling sinuri: { $date }
info-not-verified = Hindi nasuri kamakailan. Maaaring nagbago na ang numero.
info-source = Pinagmulan

## Safety tips

tips-title = Manatiling ligtas kapag humihingi ng tulong
tip-call-log = Lumalabas ang mga tawag at text sa call list ng telepono. Burahin ang mga ito pagkatapos mong tumawag, kung ligtas.
tip-phone-bill = Maaaring lumabas ang mga tawag sa phone bill. Kadalasan, hindi lumalabas ang mga libreng numero.
tip-borrow-phone = Kung may tumitingin sa iyong telepono, manghiram ng telepono sa taong pinagkakatiwalaan mo.
tip-law-lines = May mga linyang pinapatakbo ng pulis o ng immigration. May marka ang mga ito sa app na ito.
tip-documents = Magtabi ng kopya ng iyong passport, ID, visa at kontrata sa trabaho. Itago ito sa ligtas na lugar, o ipatago sa taong pinagkakatiwalaan mo.
tip-hide = Pindutin ang “Itago” kung may lumapit. Ipapakita ng app ang calculator.
tip-emergency = Nasa panganib ka ba ngayon? Tawagan ang emergency number. Libre ito.

## Rights and resources

rights-title = Ang iyong mga karapatan
rights-in = Ang iyong mga karapatan sa { $country }
rights-international = Mga karapatan kahit saan
rights-paraphrase-note = Maikling buod ito, hindi legal na payo. Magtanong sa abogado o sa isang hotline tungkol sa iyong kaso.
rights-caveats = Pakitandaan
resources-title = Iba pang mababasa
search-placeholder = Maghanap
search-no-results = Walang nakita. Subukan ang ibang salita.
search-results = { $count ->
        [one] { $count } resulta
       *[other] { $count } resulta
    }
