## Self-screening: questions built on the ILO indicators of forced labour.
## Each question is about the person’s own work or living situation. Answers: yes, no, not sure.
## Keep questions short and concrete. Do not use the words "trafficking" or "victim" in questions.

screening-title = ኩነታትኩም ፈትሹ
screening-intro = እዞም ሕቶታት ብዛዕባ ስራሕኩምን እትነብሩሉ ቦታን እዮም። ክትምልስዎ እትደልዩ ጥራይ መልሱ። መልስታትኩም ኣብዚ ስልኪ ይተርፉ፣ ንስኹም እንተ ዘይመሪጽኩም ድማ ኣይዕቀቡን።
screening-progress = ሕቶ { $current } ካብ { $total }
screening-skip = ነዚ ሕቶ ሕለፍዎ

# ILO: abuse of vulnerability
screening-q-vulnerability = ኣስራሒኹም ኩነታትኩም ኣንጻርኩም ይጥቀመሉ ዶ — ንኣብነት ሰነዳትኩም፣ ዕዳኹም፣ ቋንቋኹም፣ ወይ ካልእ እትኸዱሉ ቦታ ዘይምህላው?
# ILO: deception
screening-q-deception = ስራሕኩም፣ ደሞዝኩም ወይ መንበሪኹም ካብቲ ቃል ዝተኣተወልኩም ኣዝዩ ዝተፈልየ ድዩ?
# ILO: restriction of movement
screening-q-movement = ኣብ ዝደለኹምዎ ግዜ ካብ ቦታ ስራሕኩም ወይ ካብ ገዛኹም ከይትወጹ ትኽልከሉ ዶ?
# ILO: isolation
screening-q-isolation = ካብ ካልኦት ሰባት ተፈሊኹም ትቕመጡ ዶ፣ ወይ ምስ ስድራኹም ወይ ኣዕሩኽትኹም ከይትራኸቡ ትኽልከሉ ዶ?
# ILO: physical and sexual violence
screening-q-violence = ኣብ ስራሕ ዝኾነ ሰብ ጎዲኡኩም ዶ፣ ወይ ብዘይደለኹምዎ ጾታዊ መንገዲ ተንኪፉኹም ዶ?
# ILO: intimidation and threats
screening-q-threats = ዝኾነ ሰብ ንዓኹም ወይ ንስድራኹም ኣፈራሪሑ ዶ — ንኣብነት ብዓመጽ፣ ብፖሊስ፣ ወይ ናብ ሃገርኩም ብምምላስ?
# ILO: retention of identity documents
screening-q-documents = ካልእ ሰብ ፓስፖርትኩም ወይ መንነት ወረቐትኩም ሒዙ፣ ምስ ሓተትኩም ዘይመልሰልኩም ዶ?
# ILO: withholding of wages
screening-q-wages = ደሞዝኩም ይተሓዝ፣ ካብቲ ቃል ዝተኣተወ ኣዝዩ ይውሕድ፣ ወይ ፈጺሙ ኣይኽፈልን ዶ?
# ILO: debt bondage
screening-q-debt = ንኣስራሒኹም ወይ ንደላላይ ብስራሕ ክትከፍልዎ ዘለኩም ዕዳ ኣለኩም ዶ፣ እቲ ዕዳ ድማ ዘይጎድል?
# ILO: abusive working and living conditions
screening-q-conditions = ኩነታት ስራሕኩም ወይ መንበሪኹም ሓደገኛ፣ ርሱሕ ወይ ዘዋርድ ድዩ — ንኣብነት ግቡእ ዓራት፣ መግቢ፣ ወይ መሳርሒ ድሕንነት ዘይብሉ?
# ILO: excessive overtime
screening-q-overtime = ብዘይ ናይ ሓቂ ምርጫ፣ ኣዝዩ ነዊሕ ሰዓታት ወይ ኣብ መዓልትታት ዕረፍቲ ክትሰርሑ ትግደዱ ዶ?

screening-result-title = መልስታትኩም ዘርእይዎ
screening-result-none = መልስታትኩም ምልክታት ናይ ግዱድ ስራሕ ኣየርእዩን። ገና ገለ ነገር ጌጋ ኮይኑ እንተ ተሰሚዑኩም፣ ምስ መስመር ሓገዝ ክትዛረቡ ትኽእሉ ኢኹም። ብናጻን ምስጢራውን እዩ።
screening-result-some = { $count ->
        [one] ሓደ ካብ መልስታትኩም ምልክት መጠንቀቕታ እዩ።
       *[other] { $count } ካብ መልስታትኩም ምልክታት መጠንቀቕታ እዮም።
    } እዚ ምልክት ግዱድ ስራሕ ወይ ብዝበዛ ክኸውን ይኽእል። ጌጋ ናትኩም ኣይኮነን። ሓገዝ ኣሎ።
screening-result-urgent = ገለ ካብ መልስታትኩም ኣብ ሓደጋ ክትኾኑ ከም እትኽእሉ የርእዩ። ሕጂ ኣብ ሓደጋ እንተ ሃሊኹም፣ ናብ ቁጽሪ ህጹጽ ሓገዝ ደውሉ። ምስ መስመር ሓገዝ እውን ክትዛረቡ ትኽእሉ ኢኹም።
screening-result-helplines = ኣብዚ ክሕግዙ ዝኽእሉ መስመራት ሓገዝ
screening-result-rights = ክሕግዙኹም ዝኽእሉ መሰላት
screening-disclaimer = እዚ መርመራ ሕጋዊ ውሳነ ኣይኮነን። ኩነታትኩም እትፈልጡ ንስኹም ጥራይ ኢኹም። መስመር ሓገዝ ብዛዕባኡ ክትሓስቡ ክሕግዘኩም ይኽእል።
