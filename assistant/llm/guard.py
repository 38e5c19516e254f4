"""Prompt-injection guard: text that the assistant reads (policies, reviews, OKRs, notes, uploads) is data, and a
paragraph in it that speaks to the model instead of to people is taken out before any engine sees it; what a
model writes is checked and made inert before anyone sees it (no image, no link that was not in its material).

What counts as instruction-like is defined by what such text does, in zh and en, not by known payloads:
  - it tells the reader to set aside its instructions or rules (ignore / disregard / 忽略 / 无视 … 指令 / 规则);
  - it gives the reader a new identity or mode (you are now, act as, 你现在是, 扮演, developer mode);
  - it addresses an AI, assistant or model directly (note to the AI, 助手请…, dear model);
  - it carries chat markup or role tags (system:, <|im_start|>, [INST], 【系统】);
  - it dictates the reply (reply only with, at the end of your answer, 只输出, 在回答末尾, emit this code);
  - it asks to fill a link with data, to disclose others' records, or to decode and obey hidden content.
Before matching, text is normalised: NFKC (full-width forms), zero-width characters removed, common Cyrillic
and Greek look-alikes mapped to Latin letters.
"""

from __future__ import annotations

import re
import unicodedata

_ZERO_WIDTH = re.compile(r"[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_CONFUSABLE = str.maketrans("аеорсухіјѕԁԛѡАВЕКМНОРСТХІЈЅαορτνικΑΒΕΗΙΚΜΝΟΡΤΧΥΖ",
                            "aeopcyxijsdqwABEKMHOPCTXIJSaoptvikABEHIKMNOPTXYZ")  # fmt: skip

_EN = [
    # set aside its instructions
    r"\b(ignore|disregard|forget|override|overrule|bypass|skip|drop|abandon|discard)\b[^.!?\n]{0,40}?"
    r"\b(instructions?|rules?|guidelines?|prompts?|directions?|constraints?|guardrails?|polic(?:y|ies)|"
    r"restrictions?|limits?|filters?|checks?|context|programming|safety)\b",
    r"\b(supersedes?|overrides?|takes? precedence over|replaces?)\b[^.!?\n]{0,20}\b(all|any|every|previous|prior|"
    r"your)\b[^.!?\n]{0,15}\b(instructions?|rules?|prompts?|directives?)\b",
    r"\b(new|previous|old|current|assistant|ai)\s+persona\b|\bstay in character\b|\bbreak character\b",
    r"\bintroduce yourself as\b",
    r"\b(previous|prior|above|earlier|original|old|system)\s+(instructions?|rules?|prompts?|directives?)\b[^.!?\n]{0,30}?"
    r"\b(no longer|do not|don't|are (?:outdated|void|cancel+ed|replaced|superseded|obsolete)|is (?:outdated|void|"
    r"replaced|superseded|obsolete))",
    r"\bnew (instructions?|rules?|directives?|task)\s*[:：]",
    # a new identity or mode
    r"\byou are (now|no longer|actually|hereby|from now on)\b",
    r"\b(act|acting|behave|respond|answer|speak|reply) as (if you were |though you were )?(an? |the )?"
    r"(hr|admin|administrator|system|root|developer|manager|ceo|director|unrestricted|different)",
    r"\b(pretend|imagine) (to be|that you|you are|you're)\b",
    r"\b(developer|debug|admin|god|jailbreak|unrestricted|maintenance|dan) mode\b",
    r"\bfrom now on\b[^.!?\n]{0,40}\b(you|your|reply|respond|answer|output)\b",
    # addressing an AI directly
    r"\b(ai|a\.i\.|assistant|chat\s?bot|bot|language model|llm|gpt|model|copilot|agent)s?\b\s*[,:：]?\s*"
    r"(must|should|shall|will|needs? to|has to|please|now|reading this|processing this|that reads)\b",
    r"\b(note|message|instructions?|attention|notice|memo) (to|for) (the |any )?(ai|assistant|model|llm|bot|"
    r"chat\s?bot|language model|agent)\b",
    r"\b(dear|hey|hello|attention)\s+(ai|assistant|model|llm|bot|chatgpt|gpt|copilot)\b",
    r"\bif you are an? (ai|assistant|language model|llm|bot|automated)\b",
    r"\b(ai|assistant|bot|llm|agent)(_instructions?)?\s*[:：,，]\s*(\d+[.)]\s*)?(please |now |also |then |first |"
    r"just )?[a-z]+\b(?<!\bis)",
    r"\b(for|to)\s+(self\s*/\s*)?the\s+(ai|assistant|model|bot|llm)\s*[:：,]",
    r"(?<!\bif )(?<!\bwhen )(?<!\bunless )(?<!\bwhether )\byou are\b[^.!?\n]{0,30}\b(the|an?|now)\s+(new\s+)?"
    r"(hrbp|hr (admin|administrator|manager|director|officer)|administrator|superuser|root|payroll officer|"
    r"system)\b",
    r"\b(for|in) this (conversation|chat|session)\b[^.!?\n]{0,10}\byou are\b",
    r"\b(restrictions?|limits?|filters?)\s*[:：]\s*(none|off|disabled|null)\b|\brole\s*[:：]\s*\w*(admin|superuser|root)",
    r"\b(as an? (ai|assistant|language model))\b[^.!?\n]{0,40}\b(you|must|should)\b",
    # chat markup and role tags
    r"[\[(<{]\s*(system|assistant|developer|admin|administrator|root)\s*(message|prompt|override|note|instruction)?"
    r"\s*[\]>)}]",
    r"(^|\n)\s*[#*>]*\s*(system|assistant|developer|admin|administrator|root)\s*(message|prompt|override|note|"
    r"instruction)?\s*[:：]\s*\S",
    r"<\|?\s*(im_start|im_end|system|endoftext)\s*\|?>|\[/?(inst|sys)\]|<</?sys>>|###\s*(instruction|system)",
    # settings for the model, written as configuration
    r"\b(assistant|ai|llm|bot|model|agent|copilot)[_ -]?(policy|policies|settings?|config(uration)?|prompt|"
    r"instructions?|persona|rules?|mode)\s*[:=]",
    r"\b(response|reply|answer|output)[_ -]?(footer|header|prefix|suffix|signature|tag)\s*[:=]",
    r"\bfollow[_ -]?\w*[_ -]?polic(y|ies)\s*[:=]\s*(false|no|off|0)\b",
    # dictating the reply
    r"\b(reply|respond|answer|output|print|say|write|return)\s+(only|exactly|just|verbatim)\b",
    r"\b(reply|respond|answer|output|print|say|write|return)\b[^.!?\n]{0,30}\bthe (following )?(string|word|token|"
    r"code|phrase)\b",
    r"\b(in|at the (end|start|beginning|bottom|top) of|to|into|within) (your|the|each|every) (answer|reply|response|"
    r"output|summary|message)s?\b[^.!?\n]{0,40}\b(add|append|include|insert|put|write|output|print|embed|mention)",
    r"\b(add|append|include|insert|put|write|embed|end|begin|start|prefix|suffix)\b[^.!?\n]{0,40}\b(to|in|into|at|with)"
    r"\s+(your|the|each|every)\s+(answer|reply|response|output)s?\b",
    r"\b(your|the) (answer|reply|response|output)s? (must|should|shall|has to|needs to) (begin|start|end|contain|include|"
    r"be|say)\b",
    r"\b(end|begin|start|close|sign off|finish|open|prefix|suffix)\b[^.!?\n]{0,25}\b(your|every|each|the)\s+"
    r"(answer|reply|response|message|summary|output|line)s?\b",
    r"\b(in|on) your (first|last|opening|final) (line|sentence|paragraph|reply|message)\b",
    r"\b(and|but) nothing else\b",
    r"\b(write|print|output|include|add|append|say|type|return|emit|end with|sign off with|begin with|start with|"
    r"reply with|respond with|confirm with|then|and)\b[^.!?\n]{0,20}?[\"'“(]?(?-i:[A-Z]{2,}[-_][A-Z0-9]{2,}[-_][A-Z0-9]{2,})",
    # disclosing other people's records
    r"(^|[.:;!?]\s*|\b(then|and|also|please)\s+)(list|print|output|reveal|paste|dump|leak|disclose)"
    r"\b[^.!?\n]{0,40}\b(all|every|each|other|others'|peers'|everyone's|everybody's)\b[^.!?\n]{0,40}"
    r"\b(ratings?|salar(?:y|ies)|pay|reviews?|potential|compensation|rows?|records?)",
    # links to be filled with data
    r"https?://\S*[?&][\w-]+=(?:(?-i:[A-Z][A-Z_]{3,}\b)|\{[^}]*\}|<[^>]*>|\[[^\]]*\]|[\u4e00-\u9fff]+)",
    r"\b(paste|put|insert|fill|copy|add)\b[^.!?\n]{0,40}\b(into|in)\s+(the|this|that)\s+(brackets?|link|url|"
    r"address|placeholder)",
    r"\burl-?encode",
    # hidden content
    r"\b(decode|base64|rot13|decipher)\b[^.!?\n]{0,40}\b(follow|execute|obey|run|do|and)\b",
]
_ZH = [
    r"(忽略|无视|忽视|忘记|忘掉|不要理会|别管|跳过|覆盖|绕过|推翻|不再遵守|不必遵守|停止遵守|废除|作废)[^。！？\n]{0,15}?"
    r"(指令|指示|规则|提示词?|要求|设定|限制|约束|政策|说明|规定|命令|守则|上下文|程序|制度|条件|筛选|过滤)",
    r"(优先于|高于|凌驾于|取代)(所有|一切|任何|之前的|以上)?的?(指令|指示|规则|提示)",
    r"(人设|保持角色|不要出戏)|请以[^。！？\n]{0,25}自我介绍",
    r"(助手|AI|ＡＩ|模型|机器人)(_?指令)?\s*[：:，,]\s*(\d[.、)]\s*)?(请|须|必须|忽略|无视|输出|回答|回复|列出|告诉|"
    r"对|将|把|在|以|总结|填|写|显示|披露|确认|汇总|生成)",
    r"(助手|AI|ＡＩ|大模型|机器人|智能体)(须|必须|务必|应当|需要)",
    r"(给|致)[^。！？\n]{0,6}/?\s*(AI|ＡＩ|助手|模型)(的)?(备忘|提示|说明|留言|指令|消息)",
    r"(限制|角色)\s*[:：]\s*(无|none|\S*(管理员|superuser|admin|root))",
    r"(之前|以上|上述|原有|原来|先前|前面|系统)的?(所有)?(指令|指示|规则|提示词?|设定)[^。！？\n]{0,10}(已|均|全部|都)?"
    r"(失效|作废|过时|废止|取消|无效|被替换|不再适用)",
    r"新(的)?(指令|指示|任务|规则)\s*[:：]",
    r"你(现在|从现在起|从现在开始|此后|接下来|今后)?(是|扮演|作为|充当|变成|成为)[^。！？\n]{0,12}"
    r"(管理员|HR|人力|人事|系统|助手|AI|模型|机器人|总监|经理|开发者|超级用户|root)",
    r"(扮演|假装|假扮|冒充|充当|模拟)[^。！？\n]{0,12}(管理员|HR|人力|人事|系统|总监|开发者|超级用户|角色)",
    r"(开发者模式|调试模式|管理员模式|越狱|无限制模式|上帝模式|维护模式)",
    r"(从现在起|从现在开始|自此以后|接下来)[^。！？\n]{0,20}(你|回答|回复|输出)",
    r"(AI|ＡＩ|人工智能|助手|助理|模型|大模型|机器人|智能体|语言模型|GPT|Copilot)[，,：:、\s]*"
    r"(请|必须|务必|需要|应当|应该|要|注意|听好|立即|马上|现在)",
    r"(致|给|对|告诉|提醒)(正在阅读的|读取本文的|处理本文的)?(AI|人工智能|助手|模型|大模型|机器人|智能体)",
    r"(如果你是|若你是|假如你是)(AI|人工智能|助手|模型|机器人|语言模型)",
    r"[【\[（(<#]\s*(系统|管理员|助手|开发者)\s*(消息|提示|指令|通知|命令)?\s*[】\])）>]|"
    r"^\s*(系统|管理员)(消息|提示|指令|命令)?\s*[:：]",
    r"(系统|管理员|最高|优先|隐藏)(指令|命令|提示词)",
    r"(只|仅|只能|仅仅|必须只)(回答|回复|输出|返回|说|写)",
    r"(原样|逐字|直接)(输出|打印|回复|返回)",
    r"(在|于)?(你的|本次|每次|每条)?(回答|回复|输出|答案|总结|答复)(的)?(中|里|末尾|开头|结尾|最后|最前|前面|后面)"
    r"[^。！？\n]{0,20}(加上|附上|添加|插入|写上|写明|注明|输出|包含|附加|显示|带上|嵌入|加)",
    r"(以|用)\s*[\"“]?[A-Z]{2,}[-_][A-Z0-9]{2,}[-_][A-Z0-9]{2,}[\"”]?\s*(结尾|开头|确认|结束|收尾|签名)",
    r"(输出|附上|附|加上|写上|写|引用|打印|回复|写出|带上|落款|签名)[^。！？\n]{0,8}?[\"“(（]?(?-i:[A-Z]{2,}[-_][A-Z0-9]{2,}[-_][A-Z0-9]{2,})",
    r"(回复|回答|输出)(落款|签名|页脚|格式)\s*[:：]|遵守(公司)?制度\s*[:：]\s*(false|否|关闭)",
    r"(贴|填|粘贴|复制)[^。！？\n]{0,15}(括号|链接|网址|占位)",
    r"(第一步|步骤一|步骤1)[^。\n]{0,40}(列出|输出|写出|显示)",
    r"(列出|输出|写出|显示|披露|泄露|公开|粘贴|附上|填入)[^。！？\n]{0,15}(全部|所有|每个|每位|其他|其他人|各行)[^。！？\n]{0,10}"
    r"(评级|薪资|工资|薪酬|潜力|评语|数据|行|记录|标签)",
    r"(填入|填充|拼接|附加|编码)[^。！？\n]{0,20}(链接|网址|URL)",
    r"(在|于)?(回答|回复|输出|答案|答复)[^。！？\n]{0,6}(加上|附上|添加|插入|写上|附加|嵌入)",
    r"(解码|base64|Base64)[^。！？\n]{0,20}(执行|照做|遵循|并)",
]
_PATTERN = re.compile("|".join(f"(?:{p})" for p in _EN + _ZH), re.I | re.M)
REMOVED = "[…]"


def normalised(text: str) -> str:
    """``text`` as it reads: full-width forms folded, invisible characters dropped, look-alike letters mapped."""
    return _ZERO_WIDTH.sub("", unicodedata.normalize("NFKC", text)).translate(_CONFUSABLE)


def instruction_like(text: str) -> bool:
    """Whether ``text`` speaks to a model (see the module's definition)."""
    return bool(_PATTERN.search(normalised(text)))


def neutralise(text: str) -> tuple[str, list[str]]:
    """``text`` with each paragraph (lines up to a blank line) that holds an instruction-like line replaced by
    "[…]" — a payload runs on past the line that gives it away — and the paragraphs removed."""
    if not instruction_like(text):
        return text, []
    out, removed = [], []
    for block in re.split(r"(\n[ \t]*\n)", text):
        if block.strip() and instruction_like(block):
            removed.append(block.strip())
            out.append(REMOVED)
        else:
            out.append(block)
    return "".join(out), removed


def blank(text: str) -> str:
    """``text`` with each instruction-like line (or one that embeds an image: notes hold no pictures) turned into
    spaces: the rest keeps its offsets (for quoting exact substrings of a user's own notes)."""
    return "".join(" " * len(line.rstrip("\n")) + line[len(line.rstrip("\n")) :]
                   if instruction_like(line) or _IMAGE.search(line) else line
                   for line in text.splitlines(keepends=True))  # fmt: skip


_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\(\s*<?([^)>\s]+)>?[^)]*\)")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'）)\]]+", re.I)
_TAG = re.compile(r"<\s*/?\s*(img|a|script|iframe|object|embed|link|meta|style|form|svg)\b[^>]*>", re.I)


def _links(text: str) -> set[str]:
    return {u.rstrip(".,;:") for u in _URL.findall(text)}


def active_content(output: str, trusted: str) -> list[str]:
    """What in a model's output would act when shown: images, HTML tags, and links or web addresses that are not
    in ``trusted`` (the material the model was given)."""
    allowed = _links(trusted)
    found = [m[0] for m in _IMAGE.finditer(output)] + [m[0] for m in _TAG.finditer(output)]
    found += [u for u in _URL.findall(output) if u.rstrip(".,;:") not in allowed]
    return found


def inert(output: str, trusted: str = "") -> str:
    """A model's output made safe to show: images dropped, HTML tags dropped, and links or addresses that are
    not in ``trusted`` (the inputs the user supplied or may read) shown as their text only."""
    allowed = _links(trusted)
    out = _IMAGE.sub(lambda m: m[1], output)
    out = _TAG.sub("", out)
    out = _LINK.sub(lambda m: m[0] if m[2].rstrip(".,;:") in allowed else m[1], out)
    return _URL.sub(lambda m: m[0] if m[0].rstrip(".,;:") in allowed else "[link removed]", out)
