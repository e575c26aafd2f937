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
export-working = Ginagawa ang file… { $percent }%
export-done = Handa na ang file.
export-wrong-passphrase = Hindi nabubuksan ng password na iyan ang file na ito.
export-damaged = Sira o kulang ang file na ito.
import-title = Ilipat ang iyong journal sa teleponong ito
import-done = { $count ->
        [one] { $count } tala ang nailipat.
       *[other] { $count } tala ang nailipat.
    }

## Everyday entries that fill the second (decoy) journal, so it looks used if someone makes
## the person open it. Keep them dull and ordinary.

decoy-sample-1 = Namili: bigas, mantika, sibuyas, load sa cellphone.
decoy-sample-2 = Tumawag ako sa amin. Mabuti naman silang lahat.
decoy-sample-3 = Mahabang shift ngayon. Pagod na pagod.
decoy-sample-4 = Nabayaran ko na ang inutang ko sa kaibigan.
decoy-sample-5 = Kailangan ko ng bagong charger ng cellphone.
decoy-sample-6 = Day off ngayon. Naglaba at nagluto.
