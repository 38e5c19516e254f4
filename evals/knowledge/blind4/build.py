#!/usr/bin/env python3
"""Builds corpora.yaml, small.yaml, medium.yaml, large.yaml for blind4.
Gold quotes are written here by hand (copied from the pages); for medium/large every other
medium page that contains the same quote verbatim is added as an extra gold entry (the
deep-rag-benchmark subset holds older copies of some GitLab pages)."""
import glob, os, sys, yaml

ROOT = '/work/main'
OUT = '/work/main/evals/knowledge/blind4'
HB = '../shared/corpus/handbooks/'
GL = HB + 'gitlab/'
G17 = HB + 'gitlab-2017-snapshot/'
SG = HB + 'sourcegraph/'
PH = HB + 'posthog/'
KB = '../shared/corpus/rag-benchmarks/deep-rag-benchmark/knowledge-base-subset/'
LK = '../shared/corpus/lark-api/'

SMALL = [
    GL + 'people-group__talent-assessment.md',
    GL + 'total-rewards__compensation__compensation-review-cycle__review-cycle-inputs.md',
    GL + 'people-group__promotion-document-style-guide.md',
    GL + 'leadership__1-1.md',
    G17 + 'underperformance.md',
    SG + 'departments__people-talent__people-ops__process__teammate-sentiment__impact-reviews.md',
    SG + 'company__goals__guidelines_2021.md',
    SG + 'departments__people-talent__people-ops__process__giving-feedback.md',
]
MEDIUM_GLOBS = [
    GL + '*.md', G17 + '*.md', SG + '*.md', PH + '*.md', KB + '*.md',
    LK + 'LARK_OKR_PERFORMANCE_API_LAYOUT.md', LK + 'larksuite-cli-okr-v2/*.md',
]

# short names
TA = GL + 'people-group__talent-assessment.md'
RCI = GL + 'total-rewards__compensation__compensation-review-cycle__review-cycle-inputs.md'
PDSG = GL + 'people-group__promotion-document-style-guide.md'
O11 = GL + 'leadership__1-1.md'
UP17 = G17 + 'underperformance.md'
IR = SG + 'departments__people-talent__people-ops__process__teammate-sentiment__impact-reviews.md'
GG = SG + 'company__goals__guidelines_2021.md'
GF = SG + 'departments__people-talent__people-ops__process__giving-feedback.md'
OKRS = GL + 'company__okrs.md'
OKRGL = GL + 'company__okrs__okrs-in-gitlab.md'
ACR = GL + 'total-rewards__compensation__compensation-review-cycle.md'
PT = GL + 'people-group__promotions-transfers.md'
F360 = GL + 'people-group__360-feedback.md'
UPGL = GL + 'leadership__underperformance.md'
COACH = GL + 'leadership__coaching.md'
CAREER = GL + 'people-group__learning-and-development__career-development.md'
IGP = GL + 'people-group__learning-and-development__career-development__igp-guide.md'
QTR = GL + 'people-group__quarterly-talent-review.md'
CRUC = GL + 'leadership__crucial-conversations.md'
AGENDA = GL + 'leadership__1-1__suggested-agenda-format.md'
CRC = GL + 'leadership__compensation-review-conversations.md'
GOF = GL + 'people-group__guidance-on-feedback.md'
O11_17 = G17 + 'leadership_1-1.md'
SG11 = SG + 'company-info-and-process__communication__1-1.md'
SGCCA = SG + 'benefits-pay-perks__pay-expenses__compensation__compensation-change-approvals.md'
SGCRC = SG + 'departments__people-talent__people-ops__process__compensation-and-leveling__compensation-role-changes.md'
SGUP = SG + 'company-info-and-process__working-at-sourcegraph__teammate-development__addressing-underperformance.md'
SGONB = SG + 'departments__people-talent__onboarding-feedback-milestones.md'
SGDIR = SG + 'departments__people-talent__people-ops__process__teammate-sentiment__impact-reviews__delivering-impact-reviews.md'
SGCAL = SG + 'departments__people-talent__people-ops__process__compensation-and-leveling__preparing-for-calibrations.md'
SGENG = SG + 'departments__engineering__dev__career-development__framework.md'
SGSALES = SG + 'departments__sales__sales-performance-goals.md'
SGSEEK = SG + 'company-info-and-process__communication__seeking-and-giving-feedback.md'
PHGOAL = PH + 'company__goal-setting.md'
PHFB = PH + 'people__feedback.md'
PHCP = PH + 'people__career-progression.md'
KBIDX = KB + 'people-group__index.md'
LKLAY = LK + 'LARK_OKR_PERFORMANCE_API_LAYOUT.md'
LKSK = LK + 'larksuite-cli-okr-v2/SKILL.md'
LKENT = LK + 'larksuite-cli-okr-v2/lark-okr-entities.md'


def A(q, gold, key):
    """answerable item; gold = list of (source, quote)"""
    return {'question': q, 'gold': [{'source': s, 'quote': t} for s, t in gold], 'key': key}


def N(q):
    return {'question': q, 'gold': [], 'key': []}

# ---------------------------------------------------------------- SMALL
small_en = [
    A("Is the talent assessment distribution forced? Roughly what share of people are expected to land in Exceeding for performance?",
      [(TA, "Note that this is an expected distribution, not a forced distribution."),
       (TA, "- **Exceeding**: 25%, consistently surpasses the demands of their current role")],
      ["not a forced distribution", "25%"]),
    A("For the Workday talent assessment, am I allowed to use ChatGPT or GitLab Wrapped to help write the manager evaluations for my reports?",
      [(TA, "Claude is the only AI tool you are permitted to use for this purpose, and it may only be used to assist in the writing of manager evaluations. Use of Insights, GitLab Wrapped, or any other AI tool for the assessment of team members or the writing of manager evaluations is not permitted.")],
      ["Claude is the only AI tool you are permitted to use", "is not permitted"]),
    A("One of my reports was out on protected leave for several months of the assessment period. Will that count against them?",
      [(TA, "There should be no adverse impact on their overall assessment due to being on leave for a portion of the period.")],
      ["no adverse impact on their overall assessment"]),
    A("what are we not supposed to bring up about people during calibration sessions?",
      [(TA, "Sharing whether team members are currently undergoing [formal performance remediation](/handbook/leadership/underperformance/#options-for-remediation). It is okay to share that team members are receiving coaching, but specifics pertaining to Written coaching, PIPs, etc. should be avoided."),
       (TA, "Anything related to health (i.e. medical diagnoses, conditions, disabilities, etc.).")],
      ["Anything related to health", "specifics pertaining to Written coaching, PIPs, etc. should be avoided"]),
    A("I'm currently covering an acting manager role. Will my talent assessment be based on the acting role or my normal job?",
      [(TA, "we will assess team members aligned with their *permanent positions* (i.e. not the Acting or Interim position).")],
      ["*permanent positions*"]),
    A("How big does a cost-of-labor change in my city have to be before the location factor goes up?",
      [(RCI, "Location factors are increased only if there is an increase as compared to SF of at least 5%.")],
      ["at least 5%"]),
    A("Any rule of thumb on sentence length when writing up a promotion doc?",
      [(PDSG, "Avoid sentences over 30 words.")],
      ["Avoid sentences over 30 words."]),
    A("What is the Business Justification section of a promotion case supposed to cover?",
      [(PDSG, "Business Justification should describe how the person's role will change if promoted, and what that means for the business.")],
      ["how the person's role will change if promoted"]),
    A("How often should a manager hold 1-1s with each direct report, and do they all have to be live calls?",
      [(O11, "It's advisable to schedule 1-1's at least once a week."),
       (O11, "it is preferable for the manager and their direct report to have a minimum of two regularly scheduled synchronous 1-1s every month, barring any PTO or leave from work.")],
      ["at least once a week", "minimum of two regularly scheduled synchronous 1-1s every month"]),
    A("In a one-on-one, how much of the talking should the manager be doing?",
      [(O11, "The manager should strive to do 20% of the talking while the direct report does 80%.")],
      ["20% of the talking"]),
    A("How frequently are managers expected to run stay interviews / engagement check-ins with their reports?",
      [(O11, "Schedule your Engagement Check-In at least every 6 months with each of you direct reports.")],
      ["at least every 6 months"]),
    A("If I rate my manager in the upward review, will my manager be able to read my ratings and comments?",
      [(IR, "(Response is only visible to your Manager’s Manager. Your direct Manager will not see your responses.)")],
      ["Your direct Manager will not see your responses."]),
    A("I'm a contractor and my merit increase was backdated. How do I work out the amount to put on my invoice?",
      [(IR, "To calculate your merit increase proration, take your new monthly salary amount minus the old monthly salary amount and multiply by how many months since increase effective date. You can add a separate line item on your invoice for your merit increase proration.")],
      ["multiply by how many months since increase effective date"]),
    A("When we grade OKRs at quarter end, what percentage counts as on track versus falling behind?",
      [(GG, "Achieving 90-100% is on track. 75-90% is falling behind. Less than 75% is at risk or missing.")],
      ["90-100% is on track", "75-90% is falling behind"]),
    A("How long should a peer review write-up be?",
      [(GF, "We recommend anywhere from 300-1000 words max.")],
      ["300-1000 words"]),
    A("Before putting someone on a PIP, can a manager just let them go instead? What are the options once coaching hasn't worked?",
      [(UP17, "When coaching is not enough there are two options:\n\n1. Propose a Performance Improvement Plan (PIP)\n2. Let the team member go immediately. This should be discussed with People Operations first before any action is taken.")],
      ["Propose a Performance Improvement Plan (PIP)", "Let the team member go immediately"]),
]

small_zh = [
    A("我才入职两个月，这次绩效盘点要在 Workday 里做自评吗？",
      [(TA, "While newly onboarded team members do not need to complete the Talent Assessment evaluation in Workday, it's still important for them to have a check-in conversation with their manager.")],
      ["do not need to complete the Talent Assessment evaluation in Workday"]),
    A("Key Talent 一般占全员多大比例？",
      [(TA, "Key Talent makes up roughly ~10% of the population.")],
      ["roughly ~10%"]),
    A("校准结束、结果出来以后，我对绩效评级不服，还能改吗？",
      [(TA, "After the Talent Assessment closes, the performance factor cannot be changed.")],
      ["the performance factor cannot be changed"]),
    A("团队里有个人正在走 PIP，这次年度调薪还有他的份吗？",
      [(TA, "Team members who are on a formal Underperformance remediation plan, such as a [Performance Improvement Plan](/handbook/leadership/underperformance/#written-performance-letters-and-performance-improvement-plans), are not eligible for a compensation increase as a result of the [Annual Compensation Review](/handbook/total-rewards/compensation/compensation-review-cycle/).")],
      ["are not eligible for a compensation increase"]),
    A("我是去年11月中入职的，今年的年度薪酬调整能参加吗？",
      [(TA, "Your hire date (new hires hired after October 31st are ineligible for compensation review)")],
      ["new hires hired after October 31st are ineligible for compensation review"]),
    A("下属上个月刚晋升，这一轮 talent assessment 该怎么评？",
      [(TA, "**If a team member interviews and transfers or is promoted to a new role, with an effective date *within* 90 days of the start of the talent assessment cycle or throughout the talent assessment cycle (on or after 2025-10-01), guidance would be that they should be assessed as Too New to Rate.**")],
      ["should be assessed as Too New to Rate"]),
    A("听说今年我所在地区的 location factor 上调了，那我的工资是不是自动跟着涨？",
      [(RCI, "Please note that a change in location factor or benchmark does not imply a change in compensation.")],
      ["does not imply a change in compensation"]),
    A("晋升材料模板里要求写两个例子，我能不能多放几个显得更充分？",
      [(PDSG, "Stick to the template. If it asks for two examples, give the two best examples.")],
      ["give the two best examples"]),
    A("我们 1:1 的议程基本都是老板在加，这正常吗？议程应该谁来写？",
      [(O11, "Both parties add items to the agenda. Preferably, the majority added by the team member. If the manager puts more than half of the items on the agenda this is an indication that something is wrong.")],
      ["the majority added by the team member", "more than half of the items"]),
    A("换经理的时候，新旧经理和员工的三方 1-1-1 一般要持续多久？",
      [(O11, "Group: Continue 1-1-1s for up to a month (if needed)")],
      ["Continue 1-1-1s for up to a month"]),
    A("Impact review 的同事互评要选几个人？",
      [(IR, "**Peer review:** you will select and receive reviews from 2 Peers who can speak to your contributions and values alignment.")],
      ["2 Peers"]),
    A("这半年我休了很长的假，实际在岗不到4个月，这次 impact review 的评分怎么算？",
      [(IR, "If over the 6-month review period, there are fewer than 4-months of on-the-job performance to assess, the Teammate will retain the rating from the immediately previous cycle.")],
      ["retain the rating from the immediately previous cycle"]),
    A("我是背指标的 AE，这次 impact review 拿了高分，能涨底薪吗？",
      [(IR, "**Sales increases** we maintain OTE to quota ratios for all AE, SDRs, and Sales Leadership which means that all non-promotion-based merit increases will be recognized as spot bonuses. In other words, AEs, SDRs and Sales Leadership are not eligible for a base or OTE compensation increase unless the pay band for the respective role is updated across the board.")],
      ["recognized as spot bonuses", "not eligible for a base or OTE compensation increase"]),
    A("写 OKR 的时候，一个 Objective 下面最多能挂几个 KR？",
      [(GG, "Each objective can have 1-5 key results.")],
      ["1-5 key results"]),
    A("写 impact review 评语的时候可以用 ChatGPT 之类的 AI 辅助吗？",
      [(GF, "Please feel free to use technology, like ChatGPT and Anthropic, to help speed up the review writing process!")],
      ["feel free to use technology, like ChatGPT and Anthropic"]),
    A("PIP 到期了，员工没完全达标但确实在进步，可以延长吗？",
      [(UP17, "If sufficient improvement is not made but progress is headed in the right direction, a plan period may be extended at the discretion of the manager.")],
      ["may be extended at the discretion of the manager"]),
]

small_oos_en = [
    N("How many days of paid vacation do I get per year?"),
    N("What's the severance package if I'm let go at the end of a PIP?"),
    N("What is the vesting schedule for the annual equity refresh grants?"),
    N("Does the company sponsor H-1B visas for people moving to the US office?"),
    N("How much is the referral bonus if someone I recommend gets hired?"),
    N("Can I carry over unused PTO into next year?"),
    N("How much notice do I have to give if I resign?"),
    N("What's the company's 401(k) match?"),
]
small_oos_zh = [
    N("产假一共可以休多少天？"),
    N("年终奖一般是几个月工资，什么时候发？"),
    N("公司给我们交五险一金是按什么基数算的？"),
    N("新员工试用期是几个月？转正要走什么流程？"),
    N("周末加班有加班费吗？怎么算？"),
    N("每年的学习发展补贴（Growth and Development）额度是多少？"),
    N("出差住酒店的报销标准是多少钱一晚？"),
    N("病假期间工资怎么发？"),
]

# ---------------------------------------------------------------- MEDIUM
medium_en = [
    A("What percentage of a key result do we need to hit for it to count as on track?",
      [(OKRS, "| On-target | 85 to 100% |"),
       (GG, "Achieving 90-100% is on track. 75-90% is falling behind. Less than 75% is at risk or missing.")],
      ["85 to 100%", "90-100% is on track"]),
    A("If a key result gets delivered a few weeks after its target date, how should we score it?",
      [(OKRS, "You should decide your scoring methodology ahead of time. You might score an OKR as 0% if it misses its target date. Or, if it's less time sensitive, you might penalize it 10% for each week it's delayed.")],
      ["penalize it 10% for each week it's delayed", "score an OKR as 0% if it misses its target date"]),
    A("When I create an objective in the GitLab OKRs project, can two people co-own it?",
      [(OKRGL, "Ensure that only one [DRI](/handbook/people-group/directly-responsible-individuals/) is assigned to the objective. If there is a case of multi-ownership, it's likely that the OKR/KR can be simplified or broken down further.")],
      ["Ensure that only one"]),
    A("What merit increase is recommended in the annual comp review for someone rated Performing?",
      [(ACR, "- Performing: 2% to 5% increase")],
      ["2% to 5%"]),
    A("I'll be on parental leave when the annual compensation review happens. Am I still eligible for a raise?",
      [(ACR, "Team members on leave will be eligible to receive an annual compensation and/or promotion increase during the GitLab-paid portion of their leave. If a team member is not receiving pay from GitLab, then they'll be eligible to receive the increase when they return to work.")],
      ["during the GitLab-paid portion of their leave", "eligible to receive the increase when they return to work"]),
    A("What size of base salary increase is typical when someone gets promoted?",
      [(PT, "The Total Rewards Team typically recommends a 5%-10% increase as part of the promotion to cash compensation."),
       (PT, "GitLab targets an average of [5-10% compensation change](/handbook/people-group/promotions-transfers/#recommending-a-compensation-increase) in general for promotions.")],
      ["5%-10% increase", "5-10% compensation change"]),
    A("How long would someone normally need to have been in their position before being promoted to the next level in the same job family?",
      [(PT, "We would typically expect a team member to have been in position for at least twelve months prior to being promoted to the next level position within the same job family.")],
      ["at least twelve months"]),
    A("I'd like 360 feedback this cycle. How many reviewers should I suggest, and is there a minimum tenure?",
      [(F360, "recommend 3-5 people who work with you regularly and can provide meaningful insights"),
       (F360, "360 feedback is available for team members with at least 6 months of tenure who would benefit from multi-perspective insights.")],
      ["3-5 people", "at least 6 months of tenure"]),
    A("Can a team member who is being performance-managed apply for an internal transfer to another team?",
      [(UPGL, "When in the process of underperformance remediation team members are generally not eligible for transfer to other roles within GitLab.")],
      ["generally not eligible for transfer to other roles"]),
    A("Who is eligible for professional coaching with an external coach through the Growth and Development Fund?",
      [(COACH, "Professional coaching by external coaches is offered for managers and IC's Job Grade 8 and above using the [Growth and Development Fund]")],
      ["Job Grade 8 and above"]),
    A("How should my development time be split between on-the-job experience, learning from other people and formal training?",
      [(CAREER, "70% of your development should come from on-the-job and action learning."),
       (IGP, "- 70% from challenging experiences and assignments\n- 20% from relationships, networks, and feedback\n- 10% from formal training and education")],
      ["70% of your development", "70% from challenging experiences and assignments"]),
    A("When does the People Business Partner get the Quarterly Talent Review report?",
      [(QTR, "Reports will be shared to PBPs by the 15th day of the first month of each quarter.")],
      ["by the 15th day of the first month of each quarter"]),
    A("In BambooHR, who sits in the approval chain for a compensation change I submit for my report?",
      [(SGCRC, "- For compensation changes: Skip-level manager, Finance, People Ops")],
      ["Skip-level manager, Finance, People Ops"]),
    A("Before we go to a PIP, how long does the formal coaching stage usually run?",
      [(SGUP, "Teammates should be engaged in formal coaching for 2-4 weeks before determining next steps (either improved performance or PIP).")],
      ["formal coaching for 2-4 weeks"]),
    A("When do new hires and their managers get the onboarding review forms in Lattice?",
      [(SGONB, "The manager and the direct report will receive a review to complete 25 and 85 days after start date.")],
      ["25 and 85 days after start date"]),
    A("Inflation was high this year - why isn't my merit increase matched to CPI?",
      [(SGDIR, "Sourcegraph does not adjust merit increases up or down based on inflation.")],
      ["does not adjust merit increases up or down based on inflation"]),
    A("How long is a 1:1 meeting supposed to be?",
      [(O11_17, "Meetings should normally be 25 minutes long. If needed go to 50 minutes."),
       (SG11, "In most cases, 1-1s should be weekly recurring 25-minute meetings.")],
      ["25 minutes long", "weekly recurring 25-minute meetings"]),
    A("I'm an AE and I'm behind on a couple of my quarterly targets. At what point does my manager start active coaching?",
      [(SGSALES, "Managers will engage in active coaching with Reps who are not meeting at least two of their weighted targets at any time during the Quarter.")],
      ["not meeting at least two of their weighted targets"]),
]

medium_zh = [
    A("被提名 Key Talent 的人，在九宫格里最低要评到哪一格？",
      [(TA, "Team members identified as key talent must be assessed at minimum Performing and Growing (Box 4)")],
      ["at minimum Performing and Growing (Box 4)"]),
    A("今年年度调薪的总预算大概是多少？",
      [(ACR, "Our annual cash compensation review budget for FY26 is funded at 3.5% of overall payroll.")],
      ["3.5% of overall payroll"]),
    A("我是一线经理（还不到 director），年度调薪时能在 Workday 里给下属加股票吗？",
      [(ACR, "Managers below the Director level will not have an equity budget nor will they be able to plan for equity on the Stock tab in Workday.")],
      ["will not have an equity budget"]),
    A("内部转岗定下来以后，原团队一般多久内要放人？",
      [(PT, "Up to 4 weeks is usually a reasonable period, but good judgment should be used on completing the transfer in a way that is in the best interest of the company, impacted people, and projects.")],
      ["Up to 4 weeks is usually a reasonable period"]),
    A("同级别平调到别的团队，工资会有调整吗？",
      [(PT, "Typically we expect a team member to receive no increase for a lateral transfer.")],
      ["no increase for a lateral transfer"]),
    A("要给下属降级，这件事需要对团队公开吗？",
      [(PT, "Communication should be on a need-to-know basis only and should not be made public out of respect for the individual.")],
      ["need-to-know basis only", "should not be made public"]),
    A("1:1 议程里的 DOTO 标签是什么意思？",
      [(AGENDA, "`DOTO` - manager needs to do something")],
      ["manager needs to do something"]),
    A("什么样的谈话算是 crucial conversation（关键对话）？",
      [(CRUC, "1. Stakes are high\n1. Opinion vary\n1. Emotions run strong")],
      ["Stakes are high", "Emotions run strong"]),
    A("PIP 一般持续多长时间？",
      [(SGUP, "the typical PIP process lasts for 4 weeks (30 days), with weekly check-ins, before determining next steps."),
       (UP17, "Team member gets time (2-4 weeks depending on the role and circumstances) to demonstrate improvement and meet specific goals outlined in the PIP.")],
      ["4 weeks (30 days)", "2-4 weeks depending on the role and circumstances"]),
    A("在 BambooHR 里给下属提的调薪批下来以后，哪个月的工资开始体现？",
      [(SGCRC, "Changes will be reflected in their first payroll of the month following the request approval")],
      ["first payroll of the month following the request approval"]),
    A("我对这次 impact review 给我的评分有不同意见，应该找谁？",
      [(SGDIR, "You should discuss your feedback with your Manager and People Partner. Your leadership team and People Partner will review your feedback and communicate a resolution/outcome to you.")],
      ["discuss your feedback with your Manager and People Partner"]),
    A("校准会上几个经理对某个人的评分一直谈不拢，最后谁来拍板？",
      [(SGCAL, "_Note: If Managers are unable to align, the VP of the division is responsible for clarifying the bar and making a decision._")],
      ["the VP of the division is responsible for clarifying the bar and making a decision"]),
    A("工程师要满足什么条件才有资格晋升？",
      [(SGENG, "You are eligible for promotion when your manager can demonstrate that you’ve had at least one quarter of high performance at your current level and at least one quarter consistently performing at the next level.")],
      ["at least one quarter of high performance at your current level"]),
    A("全员 360 反馈会多久办一次？",
      [(PHFB, "We run full team 360-degree feedback session as part of every offsite.")],
      ["as part of every offsite"]),
    A("季度 OKR 一般提前多久开始制定？",
      [(PHGOAL, "~3 weeks before the end of each quarter, the Exec team meet to come up with initial ideas for objectives for each small team."),
       (GG, "Quarterly OKRs are set just before the quarter starts.")],
      ["~3 weeks before the end of each quarter", "set just before the quarter starts"]),
    A("用飞书 OKR 接口调整一个周期下目标的权重，有什么限制？",
      [(LKSK, "请求中必须同时修改对应周期下全部目标的权重，且所有权重值的和必须等于 1 ，否则会参数校验失败。")],
      ["所有权重值的和必须等于 1"]),
    A("飞书 OKR v2 里目标（Objective）的分数取值范围是多少？",
      [(LKENT, "目标分数，范围 [0, 1]，支持一位小数")],
      ["范围 [0, 1]"]),
    A("想匿名举报经理的不当行为，公司有什么渠道？",
      [(KBIDX, "In addition to EthicsPoint, GitLab has engaged Lighthouse Services to provide an anonymous reporting hotline for all team members to submit reports regarding team member relations.")],
      ["anonymous reporting hotline"]),
]

medium_oos_en = [
    N("How many paid sick days do employees get per year?"),
    N("Does the company sponsor work visas if I relocate to another country?"),
    N("How long is the probation period for new hires, and what happens at the end of it?"),
    N("How many free counselling sessions do I get through the Modern Health EAP?"),
    N("What's the vesting schedule and cliff on my new-hire RSU grant?"),
    N("How is the interim bonus amount calculated when my acting manager period ends?"),
    N("How much severance do people get if their role is eliminated in a layoff?"),
    N("What's the monthly stipend for home internet or a co-working space?"),
    N("How do I change my federal tax withholding on my paycheck?"),
]
medium_oos_zh = [
    N("产假和陪产假分别有几天？"),
    N("公司交社保和公积金的比例是多少？"),
    N("年假没休完可以折算成工资吗？"),
    N("公司给员工买补充商业医疗保险吗？家属能不能一起参保？"),
    N("我想辞职，需要提前多少天提出？"),
    N("内推成功有奖金吗？多少钱？"),
    N("出差的餐补和住宿标准是多少？"),
    N("年终奖是几个月工资？"),
    N("每年学习发展基金的额度是多少钱？"),
]

# ---------------------------------------------------------------- LARGE
large_en = [
    A("As a manager, what's the difference between rating someone Developing and treating them as underperforming?",
      [(TA, "The \"Developing\" rating means that the team member is not (yet) meeting all of the responsibilities and competencies for the role. This can be for many reasons, including a recent start date. By contrast, [Underperformance](/handbook/leadership/underperformance/) involves *consistently* not meeting the goals and requirements of the job; GitLab follows specific processes to attempt to remediate.")],
      ["not (yet) meeting all of the responsibilities and competencies", "*consistently* not meeting the goals"]),
    A("How far ahead of the mid-year check-in conversation should I send my self-assessment doc to my manager?",
      [(TA, "Team members should share their Mid-Year Check In document with their manager at least one week prior to the live discussion")],
      ["at least one week prior to the live discussion"]),
    A("In succession planning, what does a 'Ready Now' successor mean?",
      [(TA, "| Ready Now (RN) | Someone who has 90% of the competency & experience to take the role now |")],
      ["90% of the competency & experience"]),
    A("What's the hire-date cutoff to be included in the merit review and in the equity refresh program?",
      [(ACR, "- January 31st to be eligible to participate in the merit review program\n- October 5th to be eligible to participate in the equity refresh program")],
      ["January 31st", "October 5th"]),
    A("What cash increase range is suggested for a team member rated Exceeding?",
      [(ACR, "- Exceeding: 4% to 8% increase")],
      ["4% to 8%"]),
    A("A new hire on my team asked why they didn't get a refresh grant this year. What's the eligibility reason I can give?",
      [(CRC, "Team members with less than 6 months tenure were not eligible for a refresh based on our eligibility cut off date.")],
      ["less than 6 months tenure were not eligible for a refresh"]),
    A("Is there a target promotion rate across the company?",
      [(PT, "Market data indicates a 15% rolling promotion rate as the guideline for what we should see on average across the company for promotions. This is a guideline, not a cap.")],
      ["15% rolling promotion rate", "This is a guideline, not a cap."]),
    A("Do I have to interview to take an acting manager role?",
      [(PT, "*Interviews are not required for Acting roles as they generally do not end in promotion, nor are direct reports in Workday generally moved to Acting managers.*")],
      ["Interviews are not required for Acting roles"]),
    A("When I document a performance conversation with a report, how detailed does the write-up need to be?",
      [(UPGL, "Documentation should be brief (a few key bullet points or a paragraph), and will normally be sent via email or documented in 1:1 notes following the verbal discussion.")],
      ["Documentation should be brief (a few key bullet points or a paragraph)"]),
    A("Can I use 360 feedback results to manage someone's performance problems?",
      [(F360, "360s should not be used as performance management tools.")],
      ["should not be used as performance management tools"]),
    A("Is there any data on how much timely feedback actually helps performance?",
      [(GOF, "Constructive and timely feedback can **improve performance up to 39%**")],
      ["improve performance up to 39%"]),
    A("In the GROW coaching model, what does the W stand for?",
      [(COACH, "**W - Way Forward:** Agree on specific actions and timeframe to set accountability for the coachee")],
      ["Way Forward"]),
    A("What was Bill Campbell's approach to running a 1-1?",
      [(O11, "Instead of leaving the conversation open, he required both the manager and the team member to bring a list of 5 things to discuss. At the start of the meeting, they would match lists and talk about whatever is on both lists first.")],
      ["bring a list of 5 things to discuss"]),
    A("If I'm not promoted, is there a cap on how much my pay can go up in a year?",
      [(IR, "#### Unless promoted, Teammates should not exceed 15% increases in a given 12-month period.")],
      ["should not exceed 15% increases in a given 12-month period"]),
    A("After the PIP meeting, how soon does the manager have to send the written PIP to the teammate?",
      [(SGUP, "The Manager will send the Teammate (cc-ing their People Partner) a copy of the PIP within 24 hours of the conversation")],
      ["within 24 hours of the conversation"]),
    A("It's taking me ages to write each impact review. How long should one take before I ask for help?",
      [(GF, "If you are taking more than an hour to write one review, please reach out to your People Partner for support.")],
      ["more than an hour to write one review"]),
    A("Our team keeps missing its quarterly objectives. What does that usually mean?",
      [(PHGOAL, "If your team is consistently missing objectives, they are too hard or possibly the wrong objectives.")],
      ["they are too hard or possibly the wrong objectives"]),
    A("When giving feedback on someone's work, should I lead with a proposed fix?",
      [(SGSEEK, "Always start with **why**, not **how**. Potential solutions can be useful to clarify your feedback, but aren't feedback in themselves.")],
      ["Always start with **why**, not **how**"]),
]

large_zh = [
    A("下属在休产假，正好赶上绩效结果沟通的窗口期，我该什么时候跟她谈？",
      [(TA, "If they will be returning from leave before the due date to communicate [Talent Assessment results](#timeline), please wait until their return from leave to communicate their assessment. If they are returning from leave after the due date to communicate Talent Assessment results, you may email them to offer to discuss their assessment.")],
      ["wait until their return from leave", "you may email them to offer to discuss their assessment"]),
    A("校准会之前，经理要提前多久把每个人的备注写进议程？",
      [(TA, "Add notes for each of your team members to the agenda, at least 12 hours before the session")],
      ["at least 12 hours before the session"]),
    A("和 Key Talent 的 engagement 谈话建议多久做一次？",
      [(TA, "We recommend that managers perform Key Talent Engagement Discussions twice per year, roughly every 5-6 months.")],
      ["twice per year, roughly every 5-6 months"]),
    A("想给一个工资已经超过区间上限的人加薪，需要做什么？",
      [(ACR, "If a manager would like to allocate an increase to a team member who is paid over the maximum of their range or whose\nincrease will bring them above the maximum of the range, they will need to include a few sentences of justification on why.")],
      ["include a few sentences of justification"]),
    A("地区系数（location factor）是参考哪些市场薪酬数据来调整的？",
      [(RCI, "All localities where we have team members and/or are actively recruited are reviewed using data from Radford, Comptryx, and ERI.")],
      ["Radford, Comptryx, and ERI"]),
    A("晋升加薪想给超过10%，需要额外走什么流程？",
      [(PT, "- Any promotions with the following conditions will require additional justification to the Total Rewards team and executive approver. Please add the business justification as a comment in the promotion worksheet.\n    1. An increase of more than 10%")],
      ["require additional justification to the Total Rewards team and executive approver", "An increase of more than 10%"]),
    A("我和经理的 1:1 文档可以设成全员可见吗？",
      [(O11, "This should not be a public document because performance feedback should be as private as possible.")],
      ["should not be a public document"]),
    A("开放给团队旁听的 shadowed 1:1，聊到敏感话题时怎么处理？",
      [(O11, "At a point where sensitive topics need to be discussed, the team member will be asked to leave.")],
      ["the team member will be asked to leave"]),
    A("新人入职后，一般第几个月应该开始独立负责项目？",
      [(SGONB, "keep in mind teammates should be participating in projects by month 2 and owning projects by month 3")],
      ["owning projects by month 3"]),
    A("校准会后，晋升最终由谁来决定？",
      [(SGCAL, "Likewise, final promotion decisions rest with VP+ level leaders.")],
      ["final promotion decisions rest with VP+ level leaders"]),
    A("这次薪酬区间整体下调了，会不会把我现在的工资降下来？",
      [(SGDIR, "We never decrease Teammate's compensation as a result.")],
      ["We never decrease Teammate's compensation"]),
    A("在 BambooHR 里提调薪申请，生效日期应该怎么填？",
      [(SGCRC, "The effective date should be the 1st of the following month.")],
      ["the 1st of the following month"]),
    A("公司每季度的员工调研是匿名的吗？谁能看到答案？",
      [(PHFB, "Only the People & Ops and Exec teams have access to the full list of responses, which are not anonymous.")],
      ["which are not anonymous", "Only the People & Ops and Exec teams"]),
    A("想升职是不是主要靠经理帮忙推？",
      [(PHCP, "**Getting a manager to progress you**\n\nThis gives too much power to managers. No one else can really do this for you - your motivation to progress has to be intrinsic to be sustainable.")],
      ["This gives too much power to managers", "your motivation to progress has to be intrinsic"]),
    A("我要换经理了，交接期间的 1:1 一般怎么安排？",
      [(SG11, "When someone is switching managers, usually both the old and new manager should join the 1-1 with the person for a couple weeks (so it's actually a 3-person meeting).")],
      ["both the old and new manager should join the 1-1"]),
    A("飞书 OKR 量化指标的状态值 2 代表什么？",
      [(LKENT, "| 2  | 已延期 |")],
      ["已延期"]),
    A("员工主动离职，People Ops 多快启动离职流程？",
      [(KBIDX, "| [Offboarding](/handbook/people-group/offboarding/offboarding_standards/) | Immediate action for involuntary & 24 hours for voluntary |")],
      ["24 hours for voluntary"]),
    A("公开的公司 OKR 里能不能写具体营收数字或客户名字？",
      [(GG, "Do not include any specific financial numbers, customer names, or any other sensitive information in the public goals.")],
      ["Do not include any specific financial numbers, customer names"]),
]

large_oos_en = [
    N("How many paid bereavement days do we get if a family member dies?"),
    N("Can I work from another country for a couple of months as a digital nomad?"),
    N("Which health insurance plans are offered to US employees, and when is open enrollment?"),
    N("Is there a non-compete clause that applies after I leave the company?"),
    N("How long does the pre-hire background check usually take?"),
    N("Am I allowed to take on a paid side job outside of work?"),
    N("How often does the company replace employee laptops?"),
    N("What is the company's tuition reimbursement limit for a part-time master's degree?"),
    N("How are stock options treated for tax purposes when I exercise them?"),
]
large_oos_zh = [
    N("婚假有几天？需要提前多久申请？"),
    N("病假要提供什么证明，工资按多少发？"),
    N("试用期有多长？转正需要答辩吗？"),
    N("公司有餐补和交通补贴吗？"),
    N("上海的社保缴纳比例是多少？"),
    N("离职以后没归属的期权怎么处理？"),
    N("每年的员工体检可以报销多少钱？"),
    N("居家办公的电费和网费能报销吗？"),
    N("飞书 OKR 的数据能一键导出成 Excel 吗？"),
]


def medium_pages():
    pages = []
    for g in MEDIUM_GLOBS:
        pages += sorted(os.path.relpath(p, ROOT) for p in glob.glob(os.path.join(ROOT, g)))
    return pages


def read(rel):
    with open(os.path.join(ROOT, rel), encoding='utf-8') as f:
        return f.read()


def expand_dups(items, pages):
    texts = {p: read(p) for p in pages}
    for it in items:
        extra = []
        for g in it['gold']:
            for p in pages:
                if p != g['source'] and g['quote'] in texts[p]:
                    if not any(e['source'] == p and e['quote'] == g['quote'] for e in it['gold'] + extra):
                        extra.append({'source': p, 'quote': g['quote']})
        it['gold'] += extra


def number(prefix, en, zh, oen, ozh):
    out = []
    for lang, lst in (('en', en + oen), ('zh', zh + ozh)):
        for i, it in enumerate(lst, 1):
            d = {'id': f'{prefix}-{lang}-{i:03d}', 'lang': lang}
            d.update(it)
            out.append(d)
    return out


HEADER = """# Blind evaluation set "blind4" - {name} corpus
# BLIND: written by a helper that read only /work/shared/corpus/ (no project code, knowledge folder,
# other eval sets or git history were opened).
# Corpus: {corpus_desc}
# Sources and licences (from /work/shared/corpus/README.md):
#   handbooks/gitlab/, handbooks/gitlab-2017-snapshot/  - GitLab handbook (handbook.gitlab.com mirror / 2017 fork), CC BY-SA 4.0
#   handbooks/sourcegraph/                              - sourcegraph/handbook, Apache-2.0
#   handbooks/posthog/                                  - PostHog/posthog.com, MIT
#   rag-benchmarks/deep-rag-benchmark/knowledge-base-subset/ - boluo2077/deep-rag-benchmark (GitLab handbook page versions), Apache-2.0
#   lark-api/ (LARK_OKR_PERFORMANCE_API_LAYOUT.md, larksuite-cli-okr-v2/) - larksuite/oapi-sdk-go and larksuite/cli (MIT); field names are facts
# Item fields: id, lang (en|zh), question, gold [{{source, quote}}] (quote = exact substring of the page; paths relative
# to /work/main), key (1-3 exact substrings of a gold quote that carry the answer). Out-of-scope items: gold [] and key [].
# {dup_note}
# Counts (computed by validate.py): {counts}
"""


def main():
    pages = medium_pages()
    sets = {
        'small': number('b4s', small_en, small_zh, small_oos_en, small_oos_zh),
        'medium': number('b4m', medium_en, medium_zh, medium_oos_en, medium_oos_zh),
        'large': number('b4l', large_en, large_zh, large_oos_en, large_oos_zh),
    }
    expand_dups(sets['medium'], pages)
    expand_dups(sets['large'], pages)
    corpus_desc = {
        'small': 'the 8 handbook pages listed under "small" in corpora.yaml.',
        'medium': 'the "medium" globs in corpora.yaml (GitLab, GitLab-2017, Sourcegraph, PostHog handbook pages, the deep-rag-benchmark knowledge-base subset, the Lark OKR/Performance notes).',
        'large': 'the medium pages split into one document per "## "/"### " section ("large" in corpora.yaml); gold sources still name the page path. Every gold quote lies inside a single section.',
    }
    dup_note = {
        'small': 'Each gold entry names one of the 8 small pages.',
        'medium': 'Where the same quote also occurs verbatim in another medium page (e.g. the deep-rag-benchmark copy of a GitLab page), that page is listed as an extra gold entry.',
        'large': 'Where the same quote also occurs verbatim in another medium page (e.g. the deep-rag-benchmark copy of a GitLab page), that page is listed as an extra gold entry.',
    }
    for name, items in sets.items():
        c = {}
        for it in items:
            k = f"{it['lang']}_{'answerable' if it['gold'] else 'out_of_scope'}"
            c[k] = c.get(k, 0) + 1
        counts = f"total {len(items)}; " + ', '.join(f'{k} {c.get(k,0)}' for k in ('en_answerable', 'zh_answerable', 'en_out_of_scope', 'zh_out_of_scope'))
        body = yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=100000)
        with open(os.path.join(OUT, name + '.yaml'), 'w', encoding='utf-8') as f:
            f.write(HEADER.format(name=name, corpus_desc=corpus_desc[name], dup_note=dup_note[name], counts=counts))
            f.write(body)
    corpora = """# Corpora for the blind4 evaluation set (paths relative to /work/main, the project root).
# small: 8 handbook pages not used by earlier sets (GitLab, GitLab-2017 and Sourcegraph handbooks).
# medium: all handbook pages + deep-rag-benchmark knowledge-base subset + Lark OKR/Performance notes.
# large: the medium pages, each cut into one document per level-2/level-3 section.
"""
    corpora += yaml.safe_dump({'small': SMALL, 'medium': MEDIUM_GLOBS,
                               'large': {'split_from': 'medium', 'split_at': ['## ', '### ']}},
                              sort_keys=False, allow_unicode=True)
    with open(os.path.join(OUT, 'corpora.yaml'), 'w', encoding='utf-8') as f:
        f.write(corpora)


if __name__ == '__main__':
    main()
