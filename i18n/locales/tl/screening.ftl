## Self-screening: questions built on the ILO indicators of forced labour.
## Each question is about the person’s own work or living situation. Answers: yes, no, not sure.
## Keep questions short and concrete. Do not use the words "trafficking" or "victim" in questions.

screening-title = Suriin ang iyong sitwasyon
screening-intro = Tungkol sa iyong trabaho at tinitirhan ang mga tanong na ito. Sagutin lang ang gusto mong sagutin. Nananatili sa teleponong ito ang iyong mga sagot at hindi ito sine-save maliban kung pipiliin mo.
screening-progress = Tanong { $current } sa { $total }
screening-skip = Laktawan ang tanong na ito

# ILO: abuse of vulnerability
screening-q-vulnerability = Ginagamit ba ng iyong amo ang kalagayan mo laban sa iyo — halimbawa, ang iyong mga papeles, mga utang, wika, o ang wala kang ibang mapupuntahan?
# ILO: deception
screening-q-deception = Ibang-iba ba ang iyong trabaho, sahod o tirahan sa ipinangako sa iyo?
# ILO: restriction of movement
screening-q-movement = Pinipigilan ka bang umalis sa iyong pinagtatrabahuhan o tinitirhan kapag gusto mo?
# ILO: isolation
screening-q-isolation = Inilalayo ka ba sa ibang tao, o pinipigilan kang kontakin ang iyong pamilya o mga kaibigan?
# ILO: physical and sexual violence
screening-q-violence = May tao ba sa trabaho na nanakit sa iyo, o humawak sa iyo sa sekswal na paraan na hindi mo gusto?
# ILO: intimidation and threats
screening-q-threats = May nagbanta ba sa iyo o sa iyong pamilya — halimbawa, na sasaktan kayo, isusumbong sa pulis, o pauuwiin ka?
# ILO: retention of identity documents
screening-q-documents = May ibang tao bang may hawak ng iyong passport o ID card, at ayaw itong ibalik kapag hinihingi mo?
# ILO: withholding of wages
screening-q-wages = Ipinipigil ba ang iyong sahod, mas mababa ba ito nang malaki kaysa sa ipinangako, o hindi ka talaga binabayaran?
# ILO: debt bondage
screening-q-debt = May utang ka ba sa iyong amo o recruiter na kailangan mong bayaran sa pagtatrabaho, at hindi bumababa ang utang?
# ILO: abusive working and living conditions
screening-q-conditions = Mapanganib, marumi o nakakababa ba ng pagkatao ang kalagayan sa iyong trabaho o tirahan — halimbawa, walang maayos na higaan, pagkain, o gamit pangkaligtasan?
# ILO: excessive overtime
screening-q-overtime = Kailangan mo bang magtrabaho nang napakahabang oras o kahit sa araw ng pahinga, nang wala kang tunay na pagpipilian?

screening-result-title = Ano ang ipinapakita ng iyong mga sagot
screening-result-none = Walang palatandaan ng sapilitang pagtatrabaho sa iyong mga sagot. Kung may nararamdaman ka pa ring mali, maaari kang makipag-usap sa isang hotline. Libre ito at kumpidensyal.
screening-result-some = { $count ->
        [1] Isa sa iyong mga sagot ay senyales ng babala.
        [one] { $count } sa iyong mga sagot ay senyales ng babala.
       *[other] { $count } sa iyong mga sagot ay senyales ng babala.
    } Maaaring palatandaan ito ng sapilitang pagtatrabaho o pagsasamantala. Hindi mo ito kasalanan. May makukuha kang tulong.
screening-result-urgent = Ipinapakita ng ilan sa iyong mga sagot na maaaring nasa panganib ka. Kung nasa panganib ka ngayon, tawagan ang emergency number. Maaari ka ring makipag-usap sa isang hotline.
screening-result-helplines = Mga hotline na makakatulong dito
screening-result-rights = Mga karapatang maaaring makatulong sa iyo
screening-disclaimer = Hindi legal na desisyon ang pagsusuring ito. Ikaw lang ang nakakaalam ng iyong sitwasyon. Matutulungan ka ng isang hotline na pag-isipan ito.
