## Self-screening: questions built on the ILO indicators of forced labour.
## Each question is about the person’s own work or living situation. Answers: yes, no, not sure.
## Keep questions short and concrete. Do not use the words "trafficking" or "victim" in questions.

screening-title = Suriin ang iyong sitwasyon
screening-intro = Tungkol sa iyong trabaho at tinitirhan ang mga tanong na ito. Sagutin lang ang gusto mong sagutin. Nananatili sa teleponong ito ang iyong mga sagot at hindi ito sine-save maliban kung pipiliin mo.
screening-progress = Tanong { $current } sa { $total }
screening-skip = Laktawan ang tanong na ito
# Words a person may type for each answer, comma-separated, lower case. Add the words people
# really type in your language (and short forms), not only the dictionary word.
screening-words-yes = oo, o, opo, oho, oo po, yes, y
screening-words-no = hindi, h, di, hinde, hindi po, no, n
screening-words-not-sure = hindi sigurado, di sigurado, hindi ako sigurado, ewan, ewan ko, siguro, baka, hindi ko alam, not sure, maybe, ?
screening-words-skip = laktawan, laktaw, lampasan, susunod, skip, s
screening-not-understood = Paki-type ang 1, 2, 3 o 4.

screening-result-title = Ano ang ipinapakita ng iyong mga sagot
screening-result-none = Walang palatandaan ng sapilitang pagtatrabaho sa iyong mga sagot. Kung may nararamdaman ka pa ring mali, maaari kang makipag-usap sa isang hotline. Libre ito at kumpidensyal.
screening-result-some = { $count ->
        [1] Isa sa iyong mga sagot ay senyales ng babala.
        [one] { $count } sa iyong mga sagot ay senyales ng babala.
       *[other] { $count } sa iyong mga sagot ay senyales ng babala.
    } Maaaring palatandaan ito ng sapilitang pagtatrabaho o pagsasamantala. Hindi mo ito kasalanan. May makukuha kang tulong.
screening-result-no-answers = Hindi mo sinagot ang mga tanong. Ayos lang iyon. Kung gusto mong pag-usapan ang iyong sitwasyon, may hotline na makikinig sa iyo. Libre ito.
screening-result-unclear = “Hindi sigurado” ang ilan sa iyong mga sagot. Ayos lang iyon. Matutulungan ka ng isang hotline na pag-isipan ito.
screening-result-under-18 = Wala ka pang 18 taong gulang. Kung may nagpapatrabaho sa iyo, o nagpapagawa sa iyo ng mga sekswal na bagay, para sa sarili nilang pakinabang, pagsasamantala iyon, kahit hindi ka pinilit. Unang ipinapakita ang mga linya para sa mga bata.
screening-result-urgent = Ipinapakita ng ilan sa iyong mga sagot na maaaring nasa panganib ka. Kung nasa panganib ka ngayon, tawagan ang emergency number. Maaari ka ring makipag-usap sa isang hotline.
screening-result-helplines = Mga hotline na makakatulong dito
screening-result-rights = Mga karapatang maaaring makatulong sa iyo
screening-disclaimer = Hindi legal na desisyon ang pagsusuring ito. Ikaw lang ang nakakaalam ng iyong sitwasyon. Matutulungan ka ng isang hotline na pag-isipan ito.
