## Self-screening: questions built on the ILO indicators of forced labour.
## Each question is about the person’s own work or living situation. Answers: yes, no, not sure.
## Keep questions short and concrete. Do not use the words "trafficking" or "victim" in questions.

screening-title = ኩነታትኩም ፈትሹ
screening-intro = እዞም ሕቶታት ብዛዕባ ስራሕኩምን እትነብሩሉ ቦታን እዮም። ክትምልስዎ እትደልዩ ጥራይ መልሱ። መልስታትኩም ኣብዚ ስልኪ ይተርፉ፣ ንስኹም እንተ ዘይመሪጽኩም ድማ ኣይዕቀቡን።
screening-progress = ሕቶ { $current } ካብ { $total }
screening-skip = ነዚ ሕቶ ሕለፍዎ
# Words a person may type for each answer, comma-separated, lower case. Add the words people
# really type in your language (and short forms), not only the dictionary word.
screening-words-yes = እወ, yes, y, ewe
screening-words-no = ኣይፋል, ኣይኮነን, no, n, ayfal
screening-words-not-sure = ርግጸኛ ኣይኮንኩን, ኣይፈልጥን, ምናልባት, ይኸውን, ?, not sure, maybe
screening-words-skip = ሕለፍ, ሕለፉ, ሕለፍዎ, skip, s
screening-not-understood = በጃኹም 1፣ 2፣ 3 ወይ 4 ጽሓፉ።

screening-result-title = መልስታትኩም ዘርእይዎ
screening-result-none = መልስታትኩም ምልክታት ናይ ግዱድ ስራሕ ኣየርእዩን። ገና ገለ ነገር ጌጋ ኮይኑ እንተ ተሰሚዑኩም፣ ምስ መስመር ሓገዝ ክትዛረቡ ትኽእሉ ኢኹም። ብናጻን ምስጢራውን እዩ።
screening-result-some = { $count ->
        [one] ሓደ ካብ መልስታትኩም ምልክት መጠንቀቕታ እዩ።
       *[other] { $count } ካብ መልስታትኩም ምልክታት መጠንቀቕታ እዮም።
    } እዚ ምልክት ግዱድ ስራሕ ወይ ብዝበዛ ክኸውን ይኽእል። ጌጋ ናትኩም ኣይኮነን። ሓገዝ ኣሎ።
screening-result-no-answers = ነቶም ሕቶታት ኣይመለስኩምን። ጸገም የብሉን። ብዛዕባ ኩነታትኩም ክትዛረቡ እንተ ደሊኹም፣ መስመር ሓገዝ ክሰምዓኩም ይኽእል። ብናጻ እዩ።
screening-result-unclear = ገለ ካብ መልስታትኩም “ርግጸኛ ኣይኮንኩን” እዮም። ጸገም የብሉን። መስመር ሓገዝ ብዛዕባኡ ክትሓስቡ ክሕግዘኩም ይኽእል።
screening-result-under-18 = ዕድሜኹም ትሕቲ 18 እዩ። ሓደ ሰብ ንናቱ ረብሓ ክትሰርሑ፣ ወይ ጾታዊ ነገራት ክትገብሩ እንተ ገበረኩም፣ ሓይሊ እንተ ዘይተጠቐመ እውን፣ እዚ ብዝበዛ እዩ። መስመራት ህጻናት መጀመርታ ይርኣዩ።
screening-result-urgent = ገለ ካብ መልስታትኩም ኣብ ሓደጋ ክትኾኑ ከም እትኽእሉ የርእዩ። ሕጂ ኣብ ሓደጋ እንተ ሃሊኹም፣ ናብ ቁጽሪ ህጹጽ ሓገዝ ደውሉ። ምስ መስመር ሓገዝ እውን ክትዛረቡ ትኽእሉ ኢኹም።
screening-result-helplines = ኣብዚ ክሕግዙ ዝኽእሉ መስመራት ሓገዝ
screening-result-rights = ክሕግዙኹም ዝኽእሉ መሰላት
screening-disclaimer = እዚ መርመራ ሕጋዊ ውሳነ ኣይኮነን። ኩነታትኩም እትፈልጡ ንስኹም ጥራይ ኢኹም። መስመር ሓገዝ ብዛዕባኡ ክትሓስቡ ክሕግዘኩም ይኽእል።
