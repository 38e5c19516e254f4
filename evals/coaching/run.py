"""Feedback-wording checker: dev and blind side by side, per language. The blind figure is the one that counts.

  dev    evals/coaching/dev.yaml — written while writing the rules (consistency, not generalisation).
  blind  evals/coaching/blind/ — written by a helper session from the label definitions (blind/LABELS.md) and
         public research only, never the lexicon or the code; committed before any rule existed.
  blind2 evals/coaching/blind2/ — a second one by another helper session, committed after the last rule
         change (the first blind set's aggregates were seen while the lists grew; this one was not).
  blind3 evals/coaching/blind3/ — a third (90 notes), committed before the rules were changed again; scored
         (recall en 0.480, zh 0.574) and then read while changing them (reported quotes, absolutes of praise,
         compounds, hyphenated words, traits said as fragments or of a person's manner, health, age, origin and
         coded wording): a developer set now.
  blind4 evals/coaching/blind4/ — a fourth (90 notes), committed before those changes were committed and
         scored with the code before them and after (recall 0.418 -> 0.450, clean notes flagged 0.500 -> 0.500);
         then read (routines kept with care under "always", a second negation under "never", one-word traits
         only when said of a person, universal quantifiers, health and family words): a developer set now.
  blind5 evals/coaching/blind5/ — a fifth (90 notes), committed before those changes were committed and
         scored with the code before each round and after (recall 0.532 -> 0.564, clean notes flagged 0.300 ->
         0.133); then read (evaluations said as fragments, skills judged with no behaviour, "material" and
         other coded gatekeeping, life events, nationalities and treatments as reasons, a judgement denied
         right after it): a developer set now.
  blind6 evals/coaching/blind6/ — a sixth (90 notes), committed before those changes were committed and
         scored with the code of the session's start, of each round and after; then read.
  blind7 evals/coaching/blind7/ — a seventh (90 notes), committed before the changes blind6 prompted and scored
         with the code before and after them; then read (an absolute after the lapse it generalises, what the
         manager never had to do, an adjective of a thing, chained quotations, a degree adverb jieba joins to a
         name, babies and carers at home, a first or second language, hearing and speech, profiles): a
         developer set now.
  blind8 evals/coaching/blind8/ — an eighth (90 notes, 32 clean), committed before the changes blind7 prompted
         and scored with the code before and after them (recall en .391 -> .425, zh .489 -> .533); then read
         (every occasion after a lapse, counted occasions, never with a negative quality, appraisal
         boilerplate, popularity as evidence, coded DNA and drinks, a denied reason, organs and readings): a
         developer set now.
  blind9 evals/coaching/blind9/ — a ninth (90 notes, 31 clean), committed before the changes blind8 prompted
         and scored with the code of the session's start, after the first round and after the second (recall
         en .529 -> .575 -> .621, zh .494 -> .540 -> .552); then read (traits of machines, titles' full stops,
         targets met under "always", floors never crossed, fragments that only judge, ages of names, locals
         preferred): a developer set now.
  blind10 evals/coaching/blind10/ — a tenth (90 notes, 31 clean), committed before the changes blind9 prompted
         and scored with the code of the session's start and after each of its three rounds (recall en .554
         -> .641, zh .443 -> .511); then read (a rating's name, a job's requirement, "week in, week out",
         "doesn't … a single", growth asked for with nothing named, looks, carers at home): a developer set now.
  blind11 evals/coaching/blind11/ — an eleventh (90 notes, 32 clean), committed before the changes blind10
         prompted and scored with the code of the session's start and after each of its four rounds (recall en
         .533 -> .576, zh .467 -> .544); then read (a lapse said inside a Chinese compound, 漏交 and 晚交过; a
         routine done ahead or in person; "never leaves a query unanswered"): a developer set now.
  blind12 evals/coaching/blind12/ — a twelfth (90 notes, 30 clean), committed before those changes and scored
         with the code before and after them (recall en .724, zh .590 both times); then read (a topic judged by a
         quality that closes its clause, 技术过硬, "Drafting is clean"; routines of recording under "always";
         没 under "never"; a weekday makes a sentence concrete): a developer set now.
  blind13 evals/coaching/blind13/ — a thirteenth (90 notes, 32 clean), committed before those changes and
         scored with the code of the session's start, of the first round and after (recall en .684 -> .671, zh
         .522 -> .536); then read (Traditional Chinese read as Simplified, nationalities and countries named,
         gatekeeping with a hyphenated track, treatments, children counted at home): a developer set now.
  blind14 evals/coaching/blind14/ — a fourteenth (90 notes, 30 clean), committed before those changes and
         scored with the code before and after them (recall en .768, zh .867 both times); then read (profiles
         and senior teams not fitted, a parent's age, an asset, compared with women as a group, tempers, a place
         travelled to, a childcare room, a crane never idle): a developer set now.
  blind15 evals/coaching/blind15/ — a fifteenth (90 notes, 32 clean), committed before those changes and
         scored with the code of the session's start and of each round (recall en .682, zh .762 -> .774); then
         read (growth asked for in soft-skill words, a generation, where one was educated, quotations with an
         apostrophe inside, a rating agreed with): a developer set now.
  blind16 evals/coaching/blind16/ — a sixteenth (90 notes, 30 clean), committed before those changes and scored
         with the code of that session's start and of each round (recall en .758 -> .773, zh .672); then read
         (habits of help under "always": covering, briefing, bringing options; a practice agreed for the future;
         张总 as a title; a presence lacked; a birth or a diagnosis of the person; an age stated; every piece of
         work said to fail; 领导相, 圈子里的人, retirement near): a developer set now.
  blind17 evals/coaching/blind17/ — a seventeenth (90 notes, 30 clean), committed before those changes and
         scored with the code of the session's start and after them (recall en .782, zh .907 both times); then
         read (a natural with clients, a lot brought to the table, generally negative, naturally nurturing, a
         relative's care, health as the reason, expecting, coasting to retirement, 有一定的…思维, 要孩子, a woman
         as leader, 粗放; a ward's medication audit, a habit others value, a quote or 差错为零 that backs a
         judgement): a developer set now.
  blind18 evals/coaching/blind18/ — an eighteenth (90 notes, 30 clean), committed before those changes and
         scored with the code of the session's start and of each round (recall en .710, zh .758 each time);
         then read (a room one would not be put in front of, what it takes, someone from a place, the team's
         mum, a game to raise, never around, "notes" read as "not"; 休产假 foreseen, 让年轻的去, 团队气质, 老往下推,
         女领导难免, 上不了大场; a check against the regulations is diligence): a developer set now.
  blind19 evals/coaching/blind19/ — a nineteenth (90 notes, 30 clean), committed before those changes and
         scored with the code of the session's start and of each round (recall en .655 -> .690 -> .690 -> .707,
         zh .772 -> .789); then read (could be sharper, an area for growth, a stage of career, a wedding, a
         background, things at home, commitment demonstrated, an adjective and a role standing alone; a year is
         no evidence; 年纪偏大, 做了一定工作, 加强责任心, 所有…都要拖; 一直…到第四版 is no frequency, praise after a
         lapse word, 从不缺项): a developer set now.
  blind20 evals/coaching/blind20/ — a twentieth (90 notes, 31 clean), committed before those changes and
         scored with the code of the session's start and of each round (recall en .760, zh .720 after the last);
         then read (a title one is not seen as, "VP material", a culture, burnout, a cycle of the month, a beer
         with the team, a skill that needs further development; 换个年轻的, 容易被情绪带着走, 精神面貌, 还算稳当,
         底层逻辑 and 方法论 with nothing named, 不像当行长的, 撑不起门面, 份份都): a developer set now.
  blind21 evals/coaching/blind21/ — a twenty-first (90 notes, 30 clean), committed before those changes and
         scored with the code of the session's start and of the round after (recall en .655, zh .818 -> .833);
         then read (an intensifier before a trait, zero hustle, boilerplate that names nothing, newly engaged,
         being a guy, on the spectrum, for her age, a nationality that tends to, ice queen; 孩子高考, a parent in
         bed, 气场弱, 撑不起…位置, 有较强的…意识, 太独, 不服管, a region's 人 jieba joined to the next word):
         a developer set now.
  blind22 evals/coaching/blind22/ — a twenty-second (90 notes, 32 clean), committed before those changes and
         scored with the code of the session's start and of each round since (recall en .734 -> .734 -> .759,
         zh .726 -> .740 -> .753); then read (little ones at home, retirement on the horizon, people from that
         part of the world, a health scare, pedigree, ownership not taken, not quite X-ready, a joy to manage;
         年轻是优势, 容易慌, 书生气, 此人散漫, 没有那种领导气质, a caller's quoted words after 骂, 从不跳过 as praise):
         a developer set now.
  blind23 evals/coaching/blind23/ — a twenty-third (90 notes, 32 clean), committed before those changes and
         scored with the code of that session's start (recall en .679, zh .759) and after; then read (a clause that
         is only a trait, a trait after "but", a topic judged inside a compound, 总爱, routines kept at a set time):
         a developer set now.
  blind24 evals/coaching/blind24/ — a twenty-fourth (90 notes, 30 clean), committed before that session's review
         fixes and scored with the code before and after them (recall en .780, zh .871); then read with blind23
         (recall en .780 -> .831, zh .871 -> .903; clean notes flagged .133 -> .067): a developer set now.
  blind25 evals/coaching/blind25/ — a twenty-fifth (90 notes, 30 clean), committed before the rounds blind23-24
         prompted and scored with the code before and after them (recall en .730 -> .730, zh .758 -> .774); then
         read (what goes unrecorded under "never", every case handled without what it needs, an age or a
         generation named, 心理出过问题, "could be improved"; recall en .825, zh .871): a developer set now.
  blind26 evals/coaching/blind26/ — a twenty-sixth (90 notes, 30 clean), committed before the round blind25
         prompted and scored with the code before and after it (recall en .725, zh .786, clean notes flagged .467
         in each language both times); then read for its false alarms (a condition stated with the arrangement made
         for it, a trait denied as a problem, lapses under "never"; clean notes flagged .200, .267 in Chinese after the
         review's fixes): a developer set now.
  blind27 evals/coaching/blind27/ — a twenty-seventh (90 notes, 30 clean), committed before the round blind26
         prompted and scored with the code of that session's start (recall en .719, zh .652; clean notes flagged
         .200 each) and after every round; then read (每次…都 and what follows 都, praise before a lapse under
         "always", a review quoted, a request granted, "holding her back", "set in his ways" with or without an
         age, appraisal boilerplate, trait idioms; recall en .781, zh .894; after the session's review en .797, zh
         .894, clean notes flagged .133, .000): a developer set now.
  blind28 evals/coaching/blind28/ — a twenty-eighth (90 notes, 30 clean), committed at the start of the next
         session and scored with its code (recall en .710, zh .800; clean notes flagged .200, .067) and after the
         round blind27 prompted (.710, .800; .133, .067); then read (a coded phrase inside a longer judgement,
         behaviour that goes wrong before "every …", a schedule, a trait shown as praise, counts in words, an
         arrangement on a weekday; recall en .855, zh .933, clean notes flagged .000; after the session's review
         .067 in English): a developer set now.
  blind29 evals/coaching/blind29/ — a twenty-ninth (90 notes, 30 clean), committed before the round blind28
         prompted and scored with the code of the session's start (recall en .672, zh .778; clean notes flagged
         .133, .267) and after each round; then read at the start of the next session (a refusal of every thing
         of a kind, "every …" then a lapse, ages by number, a child on the way, gender-coded adjectives, a
         behaviour put down to a culture, looking like the role, someone else's relative, a rating after a
         colon; recall en .885, zh .968, clean notes flagged .000, .067; after the session's review en .869, zh .968,
         clean .000, .200, as a rule named in the sentence and a bare quarter no longer clear a bias): a developer
         set now.
  blind30 evals/coaching/blind30/ — a thirtieth (90 notes, 30 clean; no note uses the definitions' own
         absolutes), committed at the start of that session and scored with its code (recall en .730, zh .710;
         clean notes flagged .133, .067) and after the round blind29 prompted (.746, .726); then read ("every …"
         far after its lapse, "everything", an inverted "not once", a named organ's condition, 一有…就, 老 before a
         lapse, 句句, 成日, a condition made a group's; recall en .937, zh .968, clean notes flagged .000, .067;
         after the session's review .067 in English, as "disclosed" no longer makes a condition a fact): a
         developer set now.
  blind31 evals/coaching/blind31/ — a thirty-first (90 notes, 30 clean; like blind30, none of the
         definitions' absolutes), committed before the round blind30 prompted and scored with the code of the
         session's start (recall en .662, zh .818; clean notes flagged .333, .000) and after each round (.677,
         .818; .333, .000); then read at the start of the next session (a piece of work judged whole, one-word
         verdicts, a generation or an age group as the yardstick, a people as the stereotype, 每逢…就, 没有一件…做好,
         a trade judged by gender, a relative who speaks, an absence and its reason; recall en .892, zh .970, clean
         notes flagged .000; after the session's review en .877): a developer set now.
  blind32 evals/coaching/blind32/ — a thirty-second (90 notes, 30 clean; common absolutes allowed, as real notes
         use them), committed at the start of that session and scored with its code (recall en .859, zh .730;
         clean notes flagged .133, .267) and after the round blind31 prompted (.875, .730); then read ("checked
         out", an approach or an instinct judged, "our kind of person", leadership presence, upset at criticism,
         格局, 过了30就, 从来 + a potential not reached, a judgement the manager does not hold, a dialect used as a
         skill; recall en .984, zh .937, clean notes flagged .000, .067): a developer set now.
  blind33 evals/coaching/blind33/ — a thirty-third (90 notes, 30 clean), committed before the round blind32
         prompted and scored with the code of the session's start (recall en .873, zh .828; clean notes flagged
         .400, .333) and after each round (en .889, zh .844; .400, .333); read at the end of that session for a
         trial rule (an "always" read as criticism only before a lapse: it cost 3-6 points of recall on every set
         for 2 points of clean notes, and was not kept), so no longer blind.
  blind34 evals/coaching/blind34/ — a thirty-fourth (90 notes, 30 clean), committed after the session's two
         wording rounds, before its review, and scored with the code of the session's start and of its end (recall en .758, zh .831;
         clean notes flagged .333, .333 both times); then read (a superlative of praise, "error-free", a record
         written every time, others' words after "describe … as", a trait of a thing after a count or a hyphen,
         缺/丢/乱 as lapses; clean notes flagged en .200, zh .067): a developer set now.
  blind35 evals/coaching/blind35/ — a thirty-fifth (90 notes, 30 clean, 127 flags), committed before the round
         blind34 prompted and scored with the code of the session's start and after it (recall en .762, zh .875;
         clean notes flagged .067, .133 both times); then read (a spouse's job, "mum", 小性子, 不是一路人, 狼性,
         vague words of skill and knowledge; the grammar rules it first prompted were taken back after a review:
         en .841, zh .938; clean .067, .133): a developer set now.
  blind36 evals/coaching/blind36/ — a thirty-sixth (90 notes, 30 clean, 134 flags), committed before the round
         blind35 prompted and scored with the code of the session's start (recall en .691, zh .742; clean notes
         flagged .200, .333) and after it (en .721, zh .742; .200, .333); then read (gatekeeping said with a
         negation, a doubt voiced is no denial, a finding verb under "always", an appraisal form's grade, words of
         age, family, origin and coded gatekeeping: en .912, zh .970; clean .133, .067): a developer set now.
  blind37 evals/coaching/blind37/ — a thirty-seventh (90 notes, 30 clean, 130 flags), committed before the round
         blind36 prompted and scored with the code of the session's start (recall en .723, zh .815; clean notes
         flagged .267, .333) and after it (the same); then read (a bullet's line ends an absolute, 从来都 alone is
         "always", a finding verb on a problem, letting nothing slide, a health service named, an occasion named with
         在…中, verdicts on attitude, fragments with no act, since a marriage, young for a role, older than the team,
         not fitting a culture: en .892, zh .938; clean .000, .133; after the review of that round en .892, zh .908;
         clean .067, .200): a developer set now.
  blind38 evals/coaching/blind38/ — a thirty-eighth (90 notes, 30 clean, 128 flags), committed before the round
         blind37 prompted and scored with the code of the session's start (recall en .754, zh .873; clean notes
         flagged .200, .200) and after both rounds (the same); then read (no doubt before a fault, roles as
         people, a thing that does not fit a culture, someone else's origin or age, the incident retro, an age
         bracket, a missing discipline, 从来都靠不住, 在吃…药, 有待改善: en .862, zh .952; clean .067, .000): a
         developer set now.
  blind39 evals/coaching/blind39/ — a thirty-ninth (90 notes, 30 clean, 137 flags), committed before the round
         blind38 prompted and scored with the code of the session's start (recall en .779, zh .841; clean notes
         flagged .200, .133) and after it (en .794, zh .855; .200, .133); then read in the same session, once
         blind40 was committed (asked to think more strategically, doubted to gel, a nationality as a description,
         therapy, a marriage or a new baby as the turning point, 零差错 as praise, a trait of another person's
         noun: en .897, zh .971; clean .067, .067): a developer set now.
  blind40 evals/coaching/blind40/ — a fortieth (90 notes, 30 clean, 131 flags), committed before the round blind39
         prompted and scored with the code before it (recall en .833, zh .800; clean notes flagged .133, .267) and
         after it (en .848, zh .800; .133, .267); then read in the next session, once blind41 was committed (an age
         or a place given as the reason for a forecast, "which made … easier" after a habit, a grade after a form's
         label, a judgement's noun before a colon and an act, a quoted message named by 那条, what a rate counts,
         没有一次晚过, 一直坚持, days ahead, single-parent families, 不是我们圈子的人: en .970, zh .985; clean .000,
         .000 after the review of the round): a developer set now.
  blind41 evals/coaching/blind41/ — a forty-first (90 notes, 30 clean, 144 flags), committed before the round blind40
         prompted and scored with the code of the session's start (recall en .822, zh .930; clean notes flagged
         .200, .267) and after it (en .863, zh .930; .200, .267); then read in the same session, once blind42 was
         committed (work judged with a hedge, a life event as the cause, a skill called a weak spot, a
         nationality's "typical", a condition's abbreviation as a reason, "material" as it strikes one, 那块料,
         当了妈以后, 没成家没牵挂, progress or a lack with nothing named; a routine by working day 3, someone
         else's mum, a four-day week to care for a parent, 公平 and 完整 as praise, a rating given: en .986, zh
         1.000; clean .067, .133 after the review of the round): a developer set now.
  blind42 evals/coaching/blind42/ — a forty-second (90 notes, 30 clean, 142 flags), committed before the round blind41
         prompted and scored with the code of the session's start (recall en .870, zh .795; clean notes flagged
         .267, .133) and after each of the two rounds (the same); then read in the next session, once blind43 was
         committed (an illness with its accommodation is a fact, a record filed the same day is praise, 小伙子 alone,
         a quotation in the first or second person, "struggles with", plans to start a family, "being from" a
         place, 能力是有的, 一般般, 松懈, 心态太脆, 不太像…的人, 层次不够, 怀着孕: en .942, zh .959; clean .000,
         .000 after the review of the round): a developer set now.
  blind43 evals/coaching/blind43/ — a forty-third (90 notes, 30 clean, 143 flags), committed before the round blind42
         prompted and scored with the code of the session's start (recall en .890, zh .800; clean notes flagged
         .067, .067) and after it (en .890, zh .814; .067, .067); then read in the same session, once blind44 was
         committed ("decent attitude", "not very switched on", "isn't partner-track", "going through a divorce",
         ethnic groups, 不会来事, 身体不太好, 表现平平, 格局小了点, 工作不够细心, 总在摸鱼, 一直拖到最后, 三十五六了,
         按医嘱, an honour a unit gives: en 1.000, zh .943; clean .000, .000 after the review of the round): a
         developer set now.
  blind44 evals/coaching/blind44/ — a forty-fourth (90 notes, 30 clean, 135 flags), committed before the round blind43
         prompted and scored with the code before it (recall en .861, zh .730; clean notes flagged .067, .067) and
         after it (the same); then read in the next session, once blind45 was committed (每+measure word…都, 一…就,
         "every …" as a subject, 00后 as no figure, a view of others refuted later, a bad knee, X裔, the Polish
         lads, 气质不搭, more ownership, grand technically, not at the level expected: en 1.000, zh .968; clean
         .000, .000 after the review of the round): a developer set now.
  blind45 evals/coaching/blind45/ — a forty-fifth (90 notes, 30 clean, 138 flags), committed before the round blind44
         prompted and scored with the code of that session's start (recall en .814, zh .809; clean notes flagged
         .200, .133) and after that round (the same); then read in its second round ("Every time the contractor
         raised …, he …", "…, even on nights when …", a reply within 30 minutes, a second child, past it, a good
         family background, 关系处得好, 优先级都在宝宝身上, presence 差点意思, 躺平).
  blind46 evals/coaching/blind46/ — a forty-sixth (90 notes, 30 clean, 143 flags), committed before that second round
         and scored with the code of the session's start (en .859, zh .792; clean .067, .067) and before that
         round (en .859, zh .806; .067, .067); then read in the next session, once blind47 was committed (a
         wallflower, starting a family, not really a leader, for a lad, stage of life, being NN, 不太合群,
         态度还需端正, 农村户口, 腰椎不好, 一直有个习惯: en .986, zh .972; clean .000, .000).
  blind47 evals/coaching/blind47/ — a forty-seventh (90 notes, 30 clean, 139 flags), committed before the round blind46
         prompted and scored with the code of that session's start (en .783, zh .771; clean .267, .333) and after
         it (en .797, zh .771); then read in its second round ("without slipping", a caring leave agreed, on a GP's
         advice, rehab protocols, a quoted view of others, 思想保守, 三天两头, 有点 passive, 专业上挺 solid).
  blind48 evals/coaching/blind48/ — a forty-eighth (90 notes, 30 clean, 141 flags), committed during that first round
         and scored with the code of the session's start (en .841, zh .833; clean .067, .133) and before the second
         round (the same); then read in the next session, once blind49 was committed (upset too easily, mouthy,
         a sweetheart, not a startup person, just had her second baby, traits after "been", 好 moody, 写得比较粗,
         ownership 不太够, 四川娃儿, 大陆过嚟, 没有高管气质, 不太 fit 我们的 culture).
  blind49 evals/coaching/blind49/ — a forty-ninth (90 notes, 30 clean, 135 flags), committed before that round's rules
         and scored with the code of the session's start (en .754, zh .773; clean .067, .400); then read in the
         next session, once blind50 was committed (hotheaded, scatty, a temper had, hormones, a breakdown had,
         getting engaged, an age as a bare number, the face wanted, nationalities generalised, 有孩子的人, a man
         preferred, 快当爸爸了, 魄力, 人品, a dialect as a skill, caregiving with an approved arrangement, praise
         under "never" and "didn't … a single").
  blind50 evals/coaching/blind50/ — a fiftieth (90 notes, 30 clean, 131 flags), committed before that round's rules
         and scored with the code of the session's start (en .829, zh .869; clean .200, .133); then read in the
         next session, once blind51 was committed (a game to raise, a grump, lacking confidence, being from a
         place, a hukou, an image not fitted, tech savvy denied, a heart op, 思想保守, 不像…的料, 她是彝族,
         普通话不标准, 孩子还小, 心思不在工作上, 需要 improve; a habit that spared harm and a colon's evidence as
         praise).
  blind51 evals/coaching/blind51/ — a fifty-first (90 notes, 30 clean, 143 flags), committed before that round's
         rules and scored with the code of the session's start (en .803, zh .819; clean .200, .200); then read in the
         next session, once blind52 was committed (a quality denied with a hedge, young children as the reason, a
         people's manner, men or women as a kind, a heart not in the job, boilerplate, the culture not fitted,
         适合女同事, 一口…普通话, 上不了台面, 快40了, a cancer behind one, 一…就, 老 before a lapse; 一直以来…都 and
         never scolding as praise).
  blind52 evals/coaching/blind52/ — a fifty-second (90 notes, 30 clean, 128 flags), committed before that round's
         rules and scored with the code of the session's start (en .672, zh .719; clean .133, .133); then read in the
         next session, once blind53 was committed (a trait after "proper", "total" or "completely", a mind on the
         wedding, every occasion a crisis, men put forward, the baby years, the young as a kind, keeping to
         oneself, doubt that one would represent the team, a condition made a risk, in-laws keeping her busy,
         classic plus a nationality, the bare minimum, 滑头, 求求其其, 态度消极, 不在状态, 推一下动一下, 不是我们要的那种人,
         特殊儿童, a surgery behind one, 老 before any lapse, 成日; 每…，都是他 + diligence, 完整, spotless and never
         exceeding as praise).
  blind53 evals/coaching/blind53/ — a fifty-third (90 notes, 30 clean, 139 flags), committed before that round's
         rules and scored with the code of the session's start (en .743, zh .826; clean .200, .133): the figure
         that counts.

SBI statements are scored against gold situation, behaviour and impact spans in evals/coaching/sbi_eval.py
(sbi1 … sbi41).

A gold span is found when a flag overlaps it with the same category (recall); a flag is a false alarm when it
overlaps no gold span (precision); a clean note (no gold span) with any flag is a false alarm on fine wording.

    .venv/bin/python -m evals.coaching.run
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from assistant.coaching.sbi import statements
from assistant.coaching.wording import flag_notes

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
OUT = ROOT / "evals" / "results" / "coaching.json"
SETS = {
    "dev": ("dev.yaml",),
    "blind": ("blind/notes_en.yaml", "blind/notes_zh.yaml"),
    "blind2": ("blind2/notes_en.yaml", "blind2/notes_zh.yaml"),
    "blind3": ("blind3/notes_en.yaml", "blind3/notes_zh.yaml"),
    "blind4": ("blind4/notes_en.yaml", "blind4/notes_zh.yaml"),
    "blind5": ("blind5/notes_en.yaml", "blind5/notes_zh.yaml"),
    "blind6": ("blind6/notes_en.yaml", "blind6/notes_zh.yaml"),
    "blind7": ("blind7/notes_en.yaml", "blind7/notes_zh.yaml"),
    "blind8": ("blind8/notes_en.yaml", "blind8/notes_zh.yaml"),
    "blind9": ("blind9/notes_en.yaml", "blind9/notes_zh.yaml"),
    "blind10": ("blind10/notes_en.yaml", "blind10/notes_zh.yaml"),
    "blind11": ("blind11/notes_en.yaml", "blind11/notes_zh.yaml"),
    "blind12": ("blind12/notes_en.yaml", "blind12/notes_zh.yaml"),
    "blind13": ("blind13/notes_en.yaml", "blind13/notes_zh.yaml"),
    "blind14": ("blind14/notes_en.yaml", "blind14/notes_zh.yaml"),
    "blind15": ("blind15/notes_en.yaml", "blind15/notes_zh.yaml"),
    "blind16": ("blind16/notes_en.yaml", "blind16/notes_zh.yaml"),
    "blind17": ("blind17/notes_en.yaml", "blind17/notes_zh.yaml"),
    "blind18": ("blind18/notes_en.yaml", "blind18/notes_zh.yaml"),
    "blind19": ("blind19/notes_en.yaml", "blind19/notes_zh.yaml"),
    "blind20": ("blind20/notes_en.yaml", "blind20/notes_zh.yaml"),
    "blind21": ("blind21/notes_en.yaml", "blind21/notes_zh.yaml"),
    "blind22": ("blind22/notes_en.yaml", "blind22/notes_zh.yaml"),
    "blind23": ("blind23/notes_en.yaml", "blind23/notes_zh.yaml"),
    "blind24": ("blind24/notes_en.yaml", "blind24/notes_zh.yaml"),
    "blind25": ("blind25/notes_en.yaml", "blind25/notes_zh.yaml"),
    "blind26": ("blind26/notes_en.yaml", "blind26/notes_zh.yaml"),
    "blind27": ("blind27/notes_en.yaml", "blind27/notes_zh.yaml"),
    "blind28": ("blind28/notes_en.yaml", "blind28/notes_zh.yaml"),
    "blind29": ("blind29/notes_en.yaml", "blind29/notes_zh.yaml"),
    "blind30": ("blind30/notes_en.yaml", "blind30/notes_zh.yaml"),
    "blind31": ("blind31/notes_en.yaml", "blind31/notes_zh.yaml"),
    "blind32": ("blind32/notes_en.yaml", "blind32/notes_zh.yaml"),
    "blind33": ("blind33/notes_en.yaml", "blind33/notes_zh.yaml"),
    "blind34": ("blind34/notes_en.yaml", "blind34/notes_zh.yaml"),
    "blind35": ("blind35/notes_en.yaml", "blind35/notes_zh.yaml"),
    "blind36": ("blind36/notes_en.yaml", "blind36/notes_zh.yaml"),
    "blind37": ("blind37/notes_en.yaml", "blind37/notes_zh.yaml"),
    "blind38": ("blind38/notes_en.yaml", "blind38/notes_zh.yaml"),
    "blind39": ("blind39/notes_en.yaml", "blind39/notes_zh.yaml"),
    "blind40": ("blind40/notes_en.yaml", "blind40/notes_zh.yaml"),
    "blind41": ("blind41/notes_en.yaml", "blind41/notes_zh.yaml"),
    "blind42": ("blind42/notes_en.yaml", "blind42/notes_zh.yaml"),
    "blind43": ("blind43/notes_en.yaml", "blind43/notes_zh.yaml"),
    "blind44": ("blind44/notes_en.yaml", "blind44/notes_zh.yaml"),
    "blind45": ("blind45/notes_en.yaml", "blind45/notes_zh.yaml"),
    "blind46": ("blind46/notes_en.yaml", "blind46/notes_zh.yaml"),
    "blind47": ("blind47/notes_en.yaml", "blind47/notes_zh.yaml"),
    "blind48": ("blind48/notes_en.yaml", "blind48/notes_zh.yaml"),
    "blind49": ("blind49/notes_en.yaml", "blind49/notes_zh.yaml"),
    "blind50": ("blind50/notes_en.yaml", "blind50/notes_zh.yaml"),
    "blind51": ("blind51/notes_en.yaml", "blind51/notes_zh.yaml"),
    "blind52": ("blind52/notes_en.yaml", "blind52/notes_zh.yaml"),
    "blind53": ("blind53/notes_en.yaml", "blind53/notes_zh.yaml"),
}
CATEGORIES = ("vague", "personality", "biased", "absolute")


def load(*names: str) -> list[dict[str, Any]]:
    return [c for n in names for c in yaml.safe_load((HERE / n).read_text(encoding="utf-8"))]


def _spans(note: str, flags: list[dict[str, Any]]) -> list[tuple[int, int, str]]:
    return [(i := note.find(f["text"]), i + len(f["text"]), f["category"]) for f in flags]


def evaluate(cases: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for lang in ("en", "zh", "all"):
        subset = [c for c in cases if lang in ("all", c["lang"])]
        gold_n = found = found_any = predicted = true_pred = clean = clean_alarm = 0
        per = {c: {"gold": 0, "found": 0, "predicted": 0, "correct": 0} for c in CATEGORIES}
        misses, alarms = [], []
        for case in subset:
            gold = _spans(case["note"], case.get("flags") or [])
            pred = [(f.start, f.end, f.category) for f in flag_notes(case["note"])]
            for gs, ge, gc in gold:
                gold_n += 1
                per[gc]["gold"] += 1
                hit = [pc for ps, pe, pc in pred if ps < ge and gs < pe]
                found_any += bool(hit)
                if gc in hit:
                    found += 1
                    per[gc]["found"] += 1
                else:
                    misses.append((case["id"], case["note"][gs:ge], gc, hit))
            for ps, pe, pc in pred:
                predicted += 1
                per[pc]["predicted"] += 1
                ok = any(ps < ge and gs < pe for gs, ge, _ in gold)
                true_pred += ok
                per[pc]["correct"] += any(ps < ge and gs < pe and gc == pc for gs, ge, gc in gold)
                if not ok:
                    alarms.append((case["id"], case["note"][ps:pe], pc))
            if not gold:
                clean += 1
                clean_alarm += bool(pred)
        made = [
            st for case in subset for st in statements(case["note"], flag_notes(case["note"]), case["lang"])
        ]
        out[lang] = {
            "notes": len(subset), "gold_spans": gold_n,
            "sbi_statements": len(made), "sbi_complete": sum(st.complete for st in made) / len(made) if made else 0.0,
            "sbi_with_behaviour": sum(bool(st.behaviour) for st in made) / len(made) if made else 0.0,
            "recall": found / gold_n if gold_n else 0.0,
            "recall_any_category": found_any / gold_n if gold_n else 0.0,
            "precision": true_pred / predicted if predicted else 0.0,
            "clean_notes": clean, "clean_notes_flagged": clean_alarm / clean if clean else 0.0,
            "per_category": {c: {"recall": v["found"] / v["gold"] if v["gold"] else 0.0,
                                 "precision": v["correct"] / v["predicted"] if v["predicted"] else 0.0,
                                 "support": v["gold"]} for c, v in per.items()},
            "misses": misses, "false_alarms": alarms,
        }  # fmt: skip
    return out


def main() -> None:
    res = {name: evaluate(load(*files)) for name, files in SETS.items()}
    print(f"{'':22}" + "".join(f"| {n:>6} {'en':>6} {'zh':>6} " for n in SETS))
    rows = [("flag recall", "recall"), ("recall, any category", "recall_any_category"),
            ("precision", "precision"), ("clean notes flagged", "clean_notes_flagged"),
            ("SBI all 3 from notes", "sbi_complete")]  # fmt: skip
    for label, key in rows:
        print(f"{label:22}" + "".join(f"| {res[n]['all'][key]:6.3f} {res[n]['en'][key]:6.3f} {res[n]['zh'][key]:6.3f} "
                                      for n in SETS))  # fmt: skip
    for c in CATEGORIES:
        cells = [res[n]["all"]["per_category"][c] for n in SETS]
        print(
            f"  {c:20}"
            + "".join(f"| R {x['recall']:.2f} P {x['precision']:.2f} n={x['support']:<3}" for x in cells)
        )
    for n in SETS:
        a = res[n]["all"]
        print(
            f"{n}: {a['notes']} notes, {a['gold_spans']} flagged spans, {a['clean_notes']} clean notes, "
            f"{a['sbi_statements']} SBI statements"
        )
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(res, ensure_ascii=False, indent=1))
    print(f"wrote {OUT.relative_to(ROOT)} (misses and false alarms per set)")


if __name__ == "__main__":
    main()
