## Journal: private notes that could one day help a case. Export for a caseworker.

journal-title = Ang iyong journal
journal-intro = Isulat ang mga nangyayari: mga petsa, lugar, pangalan, pera. Ikaw lang ang makakakita nito. Sa susunod, maaari itong makatulong sa iyo o sa isang abogado.
journal-new = Bagong tala
journal-empty = Wala pang tala.
journal-count = { $count ->
        [0] Walang tala
        [one] { $count } tala
       *[other] { $count } tala
    }
journal-text = Ano ang nangyari?
journal-tags = Mga tag
journal-category = Uri ng pangyayari
journal-written = Isinulat noong { $date }
journal-edited = Binago noong { $date }
journal-deleted = Binura ang talang ito.
journal-attachments = { $count ->
        [one] { $count } attachment
       *[other] { $count } attachment
    }
journal-add-photo = Magdagdag ng litrato
journal-add-audio = Magdagdag ng recording ng boses
journal-add-document = Magdagdag ng dokumento
journal-delete-confirm = Burahin ang talang ito? Mawawala nang tuluyan ang sulat at mga attachment nito. Mananatili ang isang paalala na may binura, para masuri pa rin ang journal.
journal-edit-current = Ito ang tala ngayon:
journal-page-none = Walang ganyang pahina. Nagsisimula sa 0 ang mga pahina.
journal-draft-kept = Hindi na-save ang isinulat mo. Pero nakatabi ito hanggang itago mo ang app o lumabas ka rito. I-type ang write para gamitin ulit ito.
journal-draft-reuse = Nasa ibaba ang isinulat mong hindi pa na-save. Mag-type ng dagdag na linya para idagdag dito. O mag-type ng linyang may tuldok (.) lang para i-save ito.
journal-edit-note = Itinatabi ang mga pagbabago bilang bagong bersyon. Mananatili ang naunang bersyon.

category-pay = Sahod o pera
category-documents = Papeles o ID
category-threats = Mga banta
category-violence = Karahasan
category-movement = Hindi pinapayagang umalis
category-conditions = Kalagayan sa trabaho o tirahan
category-other = Iba pa

journal-verify = Suriin ang journal
journal-verify-ok = Buo ang journal. Walang binago.
journal-verify-broken = May binago sa journal sa labas ng app, sa tala bilang { $number }.
journal-witness-code = Code sa pagsusuri
    .hint = Maaaring isulat ng isang caseworker ang code na ito. Sa susunod, ipapakita nito na hindi binago ang journal.

export-title = Ibahagi sa isang caseworker
export-intro = Gagawa ito ng isang naka-lock na file na may laman ng iyong journal. Ang may password lang, o ang may key ng iyong caseworker, ang makakapagbukas nito.
export-passphrase = Pumili ng password para sa file
export-passphrase-hint = Sabihin ang password sa caseworker nang harapan o sa telepono, hindi sa parehong mensahe kung saan ipinadala ang file.
export-to-organisation = I-lock ito para sa { $organisation }
export-for-organisation = Para sa { $organisation } ang file na ito. Ang key nila: { $fingerprint }.
export-for-key = Mabubuksan lang ang file na ito gamit ang key na { $fingerprint }.
export-confirm-key = Suriin muna sa organisasyon kung tama ang key bago ka magpatuloy. Gagawin na ba ang file?
export-no-organisation-key = Walang na-save na key ng organisasyon noong na-set up ang teleponong ito. Gumamit na lang ng password.
export-passphrase-again = I-type ulit ang parehong password
export-working = Ginagawa ang file… { $percent }%
export-changes-entry = Pagbabago sa tala #{ $number }
export-done = Handa na ang file.
export-wrong-passphrase = Hindi nabubuksan ng password na iyan ang file na ito.
export-damaged = Sira o kulang ang file na ito.
import-title = Ilipat ang iyong journal sa teleponong ito
import-passphrase = Ang password ng file
import-done = { $count ->
        [one] { $count } tala ang nailipat.
       *[other] { $count } tala ang nailipat.
    }

## Everyday entries that fill the second (decoy) journal, so it looks used if someone makes
## the person open it. Each phone draws a different handful at random times. Keep them dull,
## ordinary and safe under any controller's rules: no family, no calls, no money or loans, no
## phone credit, no plans, no feelings about work or the employer. Write what people in your
## language really note down (local food is fine), not word-for-word translations.

decoy-entry-1 = Maulan kaninang umaga. Malamig sa kuwarto.
decoy-entry-2 = Nagluto ng kanin at adobong sitaw para sa hapunan.
decoy-entry-3 = Hindi maganda ang tulog. Masyadong mainit sa kuwarto.
decoy-entry-4 = Naglaba. Mabilis natuyo sa araw.
decoy-entry-5 = Pandesal at kape ang almusal.
decoy-entry-6 = Naghugas ng pinggan.
decoy-entry-7 = Pagod ngayon. Maagang natulog.
decoy-entry-8 = Nagpahinga lang nang tahimik ngayong gabi.
decoy-entry-9 = Naglinis ng kusina.
decoy-entry-10 = Malamig ngayon. Dalawang patong ng damit ang suot ko.
decoy-entry-11 = Sinubukan ang bagong paraan ng pagluto ng munggo. Puwede na.
decoy-entry-12 = Sumakit ang ulo kaninang hapon. Uminom ng mas maraming tubig.
decoy-entry-13 = Masakit ang paa ko pagdating ng gabi.
decoy-entry-14 = Inayos ang butones ng jacket ko.
decoy-entry-15 = Nagtimpla ng kape at nagpahinga.
decoy-entry-16 = Maingay kagabi. Hindi nakatulog nang maayos.
decoy-entry-17 = Atrasado ang orasan.
decoy-entry-18 = Maaraw ngayon. Naupo sa tabi ng bintana.
decoy-entry-19 = Pancit canton ang tanghalian ko.
decoy-entry-20 = Inayos ang swelas ng sapatos ko.
decoy-entry-21 = Maraming tubig ang nainom ko ngayon.
decoy-entry-22 = Tinahi ang butas ng medyas.
decoy-entry-23 = Tandaan: uminom ng mas maraming tubig.
decoy-entry-24 = Nagkape. Nagpahinga sandali.
decoy-entry-25 = Nagluto ng nilagang patatas na may sibuyas.
decoy-entry-26 = Kanin at gulay ang tanghalian.
decoy-entry-27 = Mahangin ngayon.
decoy-entry-28 = Nagwalis ng sahig.
decoy-entry-29 = Maagang nagising. Pinagmasdan ang langit.
decoy-entry-30 = Saging ang almusal ko.
decoy-entry-31 = Mahabang araw. Walang espesyal.
decoy-entry-32 = Nagluto ng sinigang. Sapat na para sa dalawang araw.
decoy-entry-33 = Nangangalay ang likod ko. Nag-unat nang kaunti.
decoy-entry-34 = Humaba na ang buhok ko. Tinali ko na lang.
decoy-entry-35 = Sobrang pagod para magluto. Tinapay na lang ang kinain.
decoy-entry-36 = May nakita akong magandang ibon kaninang umaga.
decoy-entry-37 = Nilinis ang sapatos ko.
decoy-entry-38 = Tinahi ang maliit na butas sa bag ko.
decoy-entry-39 = Tahimik na araw.
decoy-entry-40 = Tumutulo ang gripo.
decoy-entry-41 = Nag-shampoo ng buhok.
decoy-entry-42 = Nagluto ng sinangag at pritong itlog.
decoy-entry-43 = Napakainit ngayon.
decoy-entry-44 = Nakatulog nang mahimbing, sa wakas.
decoy-entry-45 = Uminom ng mainit na salabat.
decoy-entry-46 = Masakit ang lalamunan. Uminom ng maligamgam na tubig na may kalamansi.
decoy-entry-47 = Tinupi ang mga nilabhang damit.
decoy-entry-48 = Buong araw umulan.
decoy-entry-49 = Nagluto ng turon. Maganda ang pagkakaluto.
decoy-entry-50 = Nagbasa nang kaunti bago matulog.
decoy-entry-51 = Nagputol ng kuko.
decoy-entry-52 = Nilabhan ang mga tuwalya.
decoy-entry-53 = Nagbalat ng patatas para bukas.
decoy-entry-54 = Itlog na maalat at kamatis ang tanghalian.
decoy-entry-55 = Ibinilad ang mga kumot.
decoy-entry-56 = Late na kumain ngayong gabi.
decoy-entry-57 = Pakurap-kurap ang ilaw sa kuwarto.
decoy-entry-58 = Sa loob isinampay ang labada. Masyadong basa sa labas.
decoy-entry-59 = Sumakit ang tiyan pagkatapos ng tanghalian. Okay na ngayon.
decoy-entry-60 = Walang masyadong nangyari ngayon. Nagpahinga.
