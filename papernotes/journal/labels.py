"""Digest labels: ``Key``, ``🎓 Source``, ``**Motivation**：``, ``动机 (Motivation)``, ``Motiveation``.

A label is a whole line (after its list marker or heading hashes) that is only a
label word, or a label word followed by a colon and inline content. A label word
followed by prose without a colon (``Key components for DSA``) is prose.
"""

from __future__ import annotations

import re

ALIASES: dict[str, str] = {}
# The label table: how people name a digest's parts, in English, Chinese and Japanese.
# Canonical fields first (the corpus README's label map), then labels that name no
# field: those are kept as extra fields under their own (lower-cased) name.
for _canon, _words in {
    "key": "key|keys|key point|key points|key idea|key ideas|core idea|core ideas|main idea|key ingredients|main ingredients|"
           "tl;dr|tldr|tl dr|one-liner|one liner|bottom line|take-home|take-home message|take home message|"
           # humanities and social sciences: the article's argument is its key idea
           "thesis|core argument|main argument|central argument|main claim|core claim|kernthese|hauptthese|"
           "要点|关键|关键点|核心|核心思想|核心 idea|核心idea|核心观点|一句话总结|一句话|要点まとめ|ポイント|一言で|一言で言うと|ひとことで|"
           # Spanish, French, German, Portuguese, Russian, Korean, Vietnamese, Turkish
           "idea clave|idea principal|idée clé|idée principale|kernidee|hauptidee|ideia principal|"
           "ideia-chave|ключевая идея|основная идея|핵심|핵심 아이디어|요점|한줄요약|한 줄 요약|ý tưởng chính|ana fikir|"
           # Italian, Polish, Dutch, Indonesian
           "idea chiave|idea principale|główna idea|kluczowa idea|kernidee|hoofdidee|ide utama|gagasan utama|"
           "kärnidé|huvudidé|"
           # one-line summaries: ``## Resumen en una línea``, ``Resumo em uma frase``, ``En une phrase``
           "resumen en una línea|resumen en una frase|en una frase|resumo em uma linha|resumo em uma frase|"
           "em uma frase|en une phrase|résumé en une phrase|in einem satz|in one sentence|one-line summary|one line summary|"
           # Czech, Slovak
           "hlavní myšlenka|klíčová myšlenka|hlavná myšlienka|kľúčová myšlienka|кратко|коротко|вкратце|кратко о главном",
    "source": "source|sources|link|links|journal|链接|連結|连结|论文链接|原文链接|论文地址|論文リンク|논문 링크|venue|published|published in|accepted|accepted at|proceedings title|"
              "ссылка|링크|リンク|liên kết|enlace|lien|bağlantı|tautan|"
              "conference|booktitle|publication venue|publication|publication status|"
              "来源|出处|会议|期刊|出典|掲載|会議|学会|掲載誌|场合|发表场合|发表于|发表|收录|收录于|收錄|"
              "期刊名称|期刊名|会议名称|会议名|发表期刊|发表会议|发表刊物|期刊链接|期刊连结|"
              "fuente|publicado en|publié dans|quelle|veröffentlicht in|fonte|источник|출처|학회|nguồn|kaynak|"
              "gdzie|źródło|bron|sumber|게재|게재지|저널|컨퍼런스|학술지|pubblicato|källa|länk|publicerad i",
    "motivation": "motivation|motivations|problem|problems|problem statement|research problem|question|"
                  "research question|research questions|pregunta|pregunta de investigación|pergunta|pergunta de pesquisa|"
                  "question de recherche|动机|问题|研究动机|研究问题与动机|问题定义|问题定义与动机|解决的问题|要解决的问题|想解决的问题|想要解决的问题|解决问题|"
                  "研究问题|面临挑战|面临的挑战|動機|目的|aim|aims|objective|objectives|purpose|research aim|"
                  "motivación|problema|problème|problématique|problemstellung|fragestellung|forschungsfrage|motivação|мотивация|задача|"
                  "проблема|цель|цели|동기|문제|문제 정의|động lực|vấn đề|motivasyon|motivazione|motywacja|probleem|"
                  "masalah|motivasi|motivace|motivácia|cíl|cieľ|amaç|tujuan|problem tanımı|doel|scopo|objetivo|objectif|πρόβλημα|κίνητρο|στόχος|tutkimusongelma|ongelma|tavoite",
    "methodology": "methodology|methodologies|method|methods|approach|approaches|proposed method|solution|solutions|"
                   "方法|方法论|手法|提案手法|核心方法|主要方法|研究方法|本文方法|提出的方法|使用的方法|采用的方法|所用方法|핵심 방법|제안 방법|제안하는 방법|제안한 방법|"
                   "método|métodos|metodología|enfoque|méthode|méthodes|méthodologie|approche|methode|"
                   "methoden|methodik|ansatz|metodologia|abordagem|метод|методы|методология|подход|"
                   "방법|방법론|phương pháp|yöntem|yöntemler|metodo|metodologia|metoda|methode|metode|"
                   "aanpak|pendekatan|metod|tillvägagångssätt|metody|přístup|prístup|μέθοδος|μεθοδολογία|menetelmä|menetelmät",
    "exps": "exp|exps|experiment|experiments|evaluation|evaluations|experimental setup|ablation|"
            "ablations|ablation study|ablation studies|experiment details|experimental details|details about the experiment|"
            "details about the experiments|实验|实验设计|实验设置|消融|消融实验|実験|評価|評価実験|"
            "experimentos|evaluación|expériences|expérimentations|évaluation|experimente|evaluierung|"
            "avaliação|эксперименты|эксперимент|실험|평가|thí nghiệm|thực nghiệm|deneyler|deney|esperimenti|"
            "eksperymenty|experimenten|eksperimen|valutazione|ewaluacja|evaluatie|evaluasi|experiment|"
            "utvärdering|experimenty|vyhodnocení|vyhodnotenie|πειράματα|kokeet|實驗",
    "ideas": "idea|ideas|thought|thoughts|my thoughts|personal thoughts|reflection|reflections|"
             "future direction|future directions|possible improvements|improvements|inspiration|"
             "takeaway for me|future work|next steps|follow up ideas|follow-up ideas|my take|personal take|"
             "想法|思考|个人思考|启发|启示|可能改进点|改进点|未来工作|感想|所感|考察|今後の課題|"
             "改进方向|未来方向|后续工作|可以改进的地方|可借鉴之处|可以跟进的点|未来可以跟进的点|"
             "reflexiones|mis ideas|idées|réflexions|mes idées|gedanken|ideen|eigene gedanken|ideias|"
             "reflexões|мысли|идеи|생각|생각 정리|아이디어|느낀 점|suy nghĩ|ý tưởng|düşüncelerim|düşünceler|fikirler|"
             "idee|riflessioni|przemyślenia|pomysły|ideeën|gedachten|pemikiran|catatan pribadi|"
             "egna tankar|tankar|idéer|nápady|myšlenky|postřehy|poznámky pro mě|nápady pro mě|"
             "opinion|my opinion|opinión|mi opinión|opinião|minha opinião|mon avis|avis|meinung|meine meinung|σκέψεις|ιδέες|σχόλια μου|omat ajatukset|ajatuksia|pohdinta|mening|mijn mening|心得|pendapat saya|pendapat|opini",
    "contribution": "contribution|contributions|main contribution|main contributions|key contribution|"
                    "key contributions|novelty|"
                    "贡献|主要贡献|创新点|貢献|新規性|"
                    "contribuciones|aportes|beiträge|beitrag|contribuições|вклад|기여|đóng góp|katkılar|katkı|"
                    "contributi|wkład|bijdragen|kontribusi|přínos|příspěvek|prínos|συνεισφορά|kontribuutio",
    "results": "result|results|finding|findings|main result|main results|key results|key result|"
               "main finding|main findings|key finding|key findings|"
               "bevindingen|belangrijkste bevindingen|hallazgos|principales hallazgos|befunde|"
               "wichtigste ergebnisse|principaux résultats|achados|principais resultados|resultados principales|"
               "resultados clave|hauptergebnisse|"
               "结果|实验结果|主要实验结果|主要结果|主要发现|关键发现|结果分析|评估结果|評估結果|結果|実験結果|主な結果|"
               "resultados|résultats|ergebnisse|результаты|결과|kết quả|sonuçlar|risultati|wyniki|resultaten|"
               "hasil|temuan|resultat|výsledky|výsledek|zjištění|αποτελέσματα|tulokset|結果",
    "limitations": "sınırlılıklar|sınırlılık|kısıtlamalar|"
                   "limitation|limitations|weakness|weaknesses|cons|drawback|drawbacks|gap|gaps|research gap|"
                   "disadvantage|disadvantages|shortcoming|shortcomings|"
                   "catch|the catch|"  # newsletters: ``**Catch:** …`` (``What`` / ``Why it matters`` name no field)
                   "limits|"  # analysts' logs: ``**Limits:** Broward County data only``
                   "research gaps|shortcoming|shortcomings|critique|局限|局限性|不足|缺点|限界|課題|弱点|"
                   "limitaciones|debilidades|limites|faiblesses|einschränkungen|grenzen|schwächen|kritik|crítica|críticas|"
                   "limitações|недостатки|ограничения|한계|한계점|단점|hạn chế|sınırlamalar|kısıtlar|limiti|"
                   "limitazioni|ograniczenia|wady|beperkingen|zwakke punten|keterbatasan|kelemahan|"
                   "begränsningar|svagheter|omezení|slabiny|obmedzenia|περιορισμοί|αδυναμίες|rajoitukset|heikkoudet|kekurangan|限制|侷限",
    "comments": "comments|comment|additional comments|remarks|备注|メモ|commento|commenti|poznámka|poznámky|kommentti",
    # labels that name no canonical field (kept under their own name)
    "summary": "summary|总结|概要|要約|まとめ|摘要总结|resumen|résumé|zusammenfassung|resumo|резюме|요약|tóm tắt|özet|"
               "riassunto|sommario|streszczenie|podsumowanie|samenvatting|ringkasan|περίληψη|tiivistelmä|yhteenveto",
    "abstract": "abstract|摘要|アブストラクト",
    "overview": "overview|overall impression|概述|综述|개요|논문 개요",
    "technical details": "technical details|技术细节",
    "strengths": "strengths|strength|pros|advantages|advantage|优点|优势|kelebihan|keunggulan|δυνατά σημεία|vahvuudet|punti di forza|pontos fortes|fortalezas|stärken|points forts",
    "background": "background|背景|研究背景|배경|연구 배경",
    "questions": "questions|open questions|疑问|问题与疑问|질문|質問|pytania|vragen|domande|perguntas|preguntas",
    "status": "status|reading status|progress|阅读状态|状态|进度|ステータス|leído|leido|estado|lu|état|gelesen|"
              "lido|letto|읽음",
    "related work": "related work|related works|相关工作|関連研究",
    "rating": "rating|my rating|评分|評価点|ocena|valutazione personale|beoordeling|puan|평점",
    "hot takes": "hot takes|hot take",
    "discussion": "discussion|group discussion|讨论|議論",
    # Keshav's three-pass reading: ``## First pass`` / ``## Second pass`` hold the paper's notes by stage
    "reading pass": "first pass|second pass|third pass|1st pass|2nd pass|3rd pass|pass 1|pass 2|pass 3",
    # and the five Cs of its first pass (Contributions is the canonical field)
    "category": "category", "context": "context", "correctness": "correctness", "clarity": "clarity",
    # why the reader picked it up (``- Why: the talk built on it``) — the reader's reason, no canonical field
    "why": "why|why read|why read it|why i read it|why this paper|why this one|why i care|why care",
    # the corpus map names Key / Key idea / Core idea / TL;DR only; annotators keep Takeaway apart
    "takeaway": "takeaway|takeaways|key takeaways|key takeaway",
    # the corpus label map names Results / Findings / 实验结果 only: a conclusion is no results field
    "conclusion": "conclusion|conclusions|结论|結論",
    "introduction": "introduction|引言|はじめに",
    "datasets": "datasets|dataset|data|data sets|数据集|数据|データセット|データ|veri seti|veri setleri|dataset yang digunakan|"
                "données|jeu de données|jeux de données|daten|datensatz|datensätze|datos|conjunto de datos|dados|dati|dane",
    "authors": "authors|author|作者|著者|autorzy|autor|auteurs|autori|autores|autoren|yazarlar|penulis|저자|"
               "auteur|författare|autoři|论文作者|作者信息",
    # the paper's keywords (``**keywords:** autoencoder, density estimation``) — no part of the digest
    "keywords": "keywords|key words|keyword|关键词|关键字|キーワード|키워드",
    # the authors' institutions (arXiv digests: ``机构：NVIDIA`` / ``完成单位：…``) — no part of the digest
    "affiliation": "affiliation|affiliations|institution|institutions|机构|单位|完成单位|作者单位|所属|所属機関",
    # clinical journal clubs (PICO): the trial's frame and the club's verdict, kept under their own names
    "population": "population|patients|participants",
    "intervention": "intervention|interventions",
    # (``Comparison`` alone is also a common section heading: only ``Comparator`` is read as PICO's C)
    "comparison": "comparator",
    "outcome": "outcome|outcomes|primary outcome",
    "verdict": "verdict|bottom-line verdict|would it change practice",
    # reading groups: who leads the session is no part of the paper's digest
    "presenter": "presenter|presenters|presented by|discussion lead|discussion leader|discussant|moderator|"
                 "facilitator|主讲|主讲人|报告人|分享人|発表者|担当|presenta|presentador|presentadora|ponente|"
                 "expositor|exposé par|présentateur|présenté par|referent|vortragende|vortragender|발표자|"
                 "relatore|relatrice|apresentador|apresentadora|prelegent|prelegentka|докладчик|докладчица|"
                 "pemateri|penyaji|föredragande|presentatör",
}.items():
    for _w in _words.split("|"):
        ALIASES[_w] = _canon
        ALIASES.setdefault(_w.casefold(), _canon)  # (a Greek final ``ς`` casefolds to ``σ``)


def _more_words(table: dict[str, str]) -> None:
    """More languages' words for the parts: added after the main table, never overriding it."""
    for canon, words in table.items():
        for w in words.split("|"):
            ALIASES.setdefault(w, canon)
            ALIASES.setdefault(w.casefold(), canon)


# more of the ways blog notes name the parts (Chinese posts' 本文贡献 / 个人看法, papers' own section names)
_more_words({
    "motivation": "problem formulation|problem definition|problem setting|问题定义|问题描述",
    "methodology": "the proposed method|proposed approach|the proposed approach|提出的方法|本文方法",
    "contribution": "本文贡献|主要贡献|论文贡献|文章贡献|论文成果|本文成果|主要成果",
    "results": "实验结论|实验结果与结论|主要结论",
    "ideas": "个人看法|个人观点|我的看法|个人感想|个人理解|未来展望|展望|未来研究方向|未来方向|借鉴意义|借鉴|对我的启发",
    "key": "主旨|主要思路|核心思路|一句话总结",
})
# (and after ``本文`` / ``核心`` / ``部分`` are taken off: ``本文研究目标``, ``模型架构``, ``可能可以改进的点``)
_more_words({
    "motivation": "研究目标|研究目的|背景与动机|研究动机",
    "methodology": "模型架构|整体架构",
    "ideas": "可以改进|改进|思考",
})
# Chinese reading templates (the six questions readers ask a paper, or ask a chatbot to answer): ``研究目标、实际问题及产业
# 意义`` / ``新的思路、方法或模型`` / ``实验验证`` / ``研究不足与存疑`` / ``创新想法与启发``
_more_words({
    "methodology": "新的思路|新思路|思路与方法",
    "exps": "实验验证|实验设计|实验设计与数据结果",
    "limitations": "研究不足|论文的不足|不足之处|不足及缺失|存疑",
    "ideas": "创新想法|可借鉴的创新想法",
})
# Japanese paper memos in Ochiai's format (落合フォーマット): six questions stand for the parts
_more_words({
    "key": "どんなもの|どんな論文",
    "contribution": "先行研究と比べてどこがすごい|先行研究と比べてどこが凄い|先行研究との違い",
    "methodology": "技術や手法のキモはどこ|技術や手法のキモはどこにある|技術の手法や肝は|技術や手法の肝はどこ",
    "exps": "どうやって有効だと検証した|どうやって有効性を検証した",
    "discussion": "議論はある",
    "next reading": "次に読むべき論文はある|次に読むべき論文は|次に読むべき論文",
})
# the same parts in Arabic, Persian, Hebrew, Hindi, Malay, Romanian and Vietnamese (right-to-left labels
# are matched as written, colon and all)
_more_words({
    "key": "الفكرة الرئيسية|ایده اصلی|רעיון מרכזי|मुख्य विचार|idea utama|ideea principală",
    "source": "الرابط|المصدر|لینک|منبع|קישור|מקור|लिंक|स्रोत|pautan|legătură|sursa|sursă|会议/期刊|出版|发表|发表于|发表在|出版物",
    "motivation": "المشكلة|الدافع|الهدف|مسئله|انگیزه|هدف|מוטיבציה|בעיה|מטרה|समस्या|प्रेरणा|उद्देश्य|"
                  "motivație|motivatie|obiectiv",
    "methodology": "الطريقة|المنهجية|الأسلوب|روش|روش‌شناسی|שיטה|שיטות|מתודולוגיה|विधि|पद्धति|तरीका|kaedah|"
                   "metodologi|metodă|metoda|metodologie|как работает",
    "exps": "التجارب|آزمایش‌ها|آزمایش|ניסויים|प्रयोग|experimente",
    # Russian and Turkish blog reviews: ``Как работает`` / ``Моё мнение`` / ``Минусы``, ``Benim yorumum``
    "results": "النتائج|نتایج|תוצאות|परिणाम|नतीजे|keputusan|dapatan|rezultate",
    "ideas": "أفكار|رأيي|ایده|ایده‌ها|نظر من|מחשבות שלי|מחשבות|רעיונות|विचार|मेरे विचार|pendapat|"
             "nhận xét cá nhân|nhận xét|idei|gânduri|моё мнение|мое мнение|benim yorumum|yorumum",
    "limitations": "القيود|نقاط الضعف|المحدوديات|محدودیت|محدودیت‌ها|نقاط ضعف|מגבלות|חולשות|सीमाएँ|सीमाएं|कमियाँ|"
                   "batasan|limitări|limitari|dezavantaje|минусы",
    "summary": "الملخص|خلاصه|תקציר|सारांश|rezumat",
    "strengths": "نقاط القوة|نقاط قوت|חוזקות|ताकत",
    "discussion": "النقاش|المناقشة|דיון|चर्चा",
})
# and in Czech, Finnish, Greek, Hungarian, Danish, Norwegian, Ukrainian, Bengali, Tamil, Swahili,
# Catalan and Basque (each language's own words; where a word is shared it is listed once)
_more_words({
    "key": "ydinidea|pääidea|βασική ιδέα|κεντρική ιδέα|lényeg|fő gondolat|kernen|kerneidé|kjerneidé|hovedidé|"
           "ключова ідея|основна ідея|মূল ধারণা|முக்கிய கருத்து|மையக் கருத்து|wazo kuu|idea clau|idea principal|"
           "ideia nagusia|funtsezko ideia",
    "source": "zdroj|linkki|lähde|πηγή|σύνδεσμος|forrás|hivatkozás|kilde|джерело|посилання|উৎস|লিংক|மூலம்|இணைப்பு|"
              "chanzo|kiungo|enllaç|font|iturria|esteka",
    "motivation": "ongelma|motivaatio|motiváció|probléma|мотивація|проблема|সমস্যা|উদ্দেশ্য|প্রেরণা|நோக்கம்|சிக்கல்|"
                  "tatizo|motisha|motivació|problema|motibazioa|arazoa",
    "methodology": "menetelmä|módszer|módszertan|metode|метод|методологія|পদ্ধতি|முறை|வழிமுறை|mbinu|mètode|metodoa",
    "exps": "kokeet|πειράματα|kísérletek|eksperimenter|forsøg|експерименти|পরীক্ষা|சோதனைகள்|majaribio|experiments|"
            "experiments realitzats|esperimentuak",
    "results": "tulokset|eredmények|resultater|funn|результати|ফলাফল|முடிவுகள்|matokeo|resultats|emaitzak",
    "ideas": "ajatuksia|omat ajatukset|saját gondolatok|gondolatok|mine tanker|mine tankar|tanker|мої думки|думки|"
             "আমার ভাবনা|ভাবনা|என் கருத்து|என் எண்ணங்கள்|mawazo yangu|mawazo|les meves idees|reflexions|"
             "nire iritzia|gogoetak",
    "limitations": "rajoitukset|korlátok|korlátai|begrænsninger|svagheder|svakheter|begrensninger|обмеження|недоліки|"
                   "সীমাবদ্ধতা|வரம்புகள்|mapungufu|udhaifu|limitacions|mugak",
    "contribution": "přínosy|hozzájárulás|bidrag|внесок|অবদান|பங்களிப்பு|mchango|contribucions|ekarpenak",
    "comments": "σχόλια|megjegyzés|megjegyzések|kommentarer|kommentarar|коментарі|মন্তব্য|கருத்துகள்|maoni|"
                "comentaris|oharrak",
    "status": "κατάσταση|állapot|tila|stav|статус|অবস্থা|நிலை|hali|estat|egoera",
    "summary": "shrnutí|yhteenveto|összefoglaló|resumé|sammendrag|підсумок|সারসংক্ষেপ|சுருக்கம்|muhtasari|resum|laburpena",
    "discussion": "diskusjon|diskussion|keskustelu|vita|diskuse|обговорення|আলোচনা|கலந்துரையாடல்|majadiliano|discussió|eztabaida",
})
EXTRA_LABELS = frozenset(
    ["status", "comments", "summary", "abstract", "overview", "technical details", "strengths", "background", "questions",
     "related work", "rating", "hot takes", "discussion", "takeaway", "introduction", "datasets", "authors", "conclusion",
     "presenter", "population", "intervention", "comparison", "outcome", "verdict", "why", "reading pass",
     "category", "context", "correctness", "clarity", "affiliation", "next reading", "keywords"]
)

FIELD_ORDER = (
    "key", "source", "motivation", "methodology", "exps", "ideas",
    "contribution", "results", "limitations",
)
# venue-field names (one-paper notes' ``Conference: NeurIPS 2019``) are taken as written only:
# ``Inference`` is two edits from ``conference``
_EXACT_ONLY = frozenset(["conference", "booktitle"])
_FUZZY_TARGETS = [  # misspellings are forgiven for the canonical fields' words only
    w for w, c in ALIASES.items()
    if w.isascii() and len(w) >= 7 and " " not in w and c not in EXTRA_LABELS and w not in _EXACT_ONLY
]
_INLINE_ONLY = frozenset(["link", "links", "链接", "連結", "连结", "링크", "journal", "why", "thesis", "category", "context", "correctness",
                          "clarity"])  # (``## Journal`` is a diary's section)
# real words one or two edits from a label word: README sections (``## Contributing``) are no labels
_NOT_MISSPELT = frozenset(["contributing", "contributors", "contributor", "evaluating", "resulting",
                           "motivating", "limiting", "problematic",
                           # (``## References`` is a bibliography, not a misspelt ``Referencia:``)
                           "references", "reference", "referenced", "referencing", "referencias"])
_COLOUR_PREFIX_RE = re.compile(
    r"^(?:yellow|green|red|blue|purple|magenta|orange|gr[ae]y|黄色|绿色|红色|蓝色|紫色|橙色)\s*(?:—|–|-|:|：)\s*(?=\S)", re.I)
_COLOUR_FIRST = frozenset("YGRBPMOygrbpmo黄绿红蓝紫橙")
_CJK_NUMERALS = frozenset("一二三四五六七八九十")
# (``## 4.Experiments``: the period with no space after it, the label right on it)
_SECTION_NUM_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*[.)、]?\s+(?=\D)|^\d{1,2}\.(?=[^\W\d_])|^[一二三四五六七八九十]{1,3}[、.．]\s*(?=\S)")
_ORG_PROPERTY_RE = re.compile(r"^:([A-Za-z_][\w\-]{0,30}):\s+(\S.*)$")
# MyST ``:::{admonition} Key idea``; Docusaurus / VitePress ``:::note Key idea``, ``:::caution[Limits]``
_ADMONITION_RE = re.compile(r"^:{3,}\s*(?:\{admonition\}|[a-z][\w-]*\b)\s*\[?(.{1,40}?)\]?\s*$")
_PAIR_RE = re.compile(r"^(.*?)\s*[(（]\s*(.*?)\s*[)）]$")
# bilingual labels without brackets: ``动机 Motivation``, ``方法 / Method``, ``Results 结果``
_CJK = "\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af"
_BILINGUAL_RE = re.compile(
    rf"^([{_CJK}]{{1,8}})\s*[/|·]?\s*([A-Za-z][A-Za-z;&'\- ]{{1,30}})$|^([A-Za-z][A-Za-z;&'\- ]{{1,30}}?)\s*[/|·]?\s*([{_CJK}]{{1,8}})$"
)
_WORD_RE = re.compile(  # label words: Latin (accents too), Cyrillic, Vietnamese; or CJK / Hangul
    r"^[^\W\d_](?:[^\W\d_]|[;\-])*(?: [^\W\d_](?:[^\W\d_]|-)*){0,3}$|^[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{2,8}$"
)


# Chinese notes wrap a label word in ``this paper's`` / ``core`` / ``key`` before it and ``part`` / ``points`` /
# ``in detail`` after it: ``本文贡献点``, ``本文核心研究背景``, ``实验部分``, ``关键实验结果``, ``方法详解``
_CJK_LABEL_LEAD_RE = re.compile(r"^(?:(?:本文|本论文|该论文|论文|文章|作者)的?)?(?:核心|主要|关键|具体|深度|可能|相关|个人)?")
_CJK_LABEL_TAIL_RE = re.compile(r"(?:的)?(?:部分|点|之处|详解|介绍|内容|思路)$")


def _cjk_label_core(w: str) -> str | None:
    """The label word inside a wrapped Chinese label (``本文贡献点`` → ``贡献``), or None."""
    core = _CJK_LABEL_TAIL_RE.sub("", _CJK_LABEL_LEAD_RE.sub("", w, count=1), count=1)
    return core if core and core != w and len(core) >= 2 else None


_KANA_RE = re.compile(r"[\u3040-\u30ff]")
# Traditional Chinese notes (Taiwan, Hong Kong) write the label words in their traditional forms: ``研究動機``,
# ``實驗結果``, ``貢獻``. A word not found as written is looked up again in simplified form. The table holds the
# characters of this package's Chinese words, traditional → simplified, taken from OpenCC's TSCharacters.txt.
T2S = str.maketrans(
    "來侷個們傑備優內創動勢匯參問啓啟單噹嚮埰報場學寀實對屬幫幾張彔彙後悽態捲採擔據敎數斷於時曏書會朮棄楊構標機殘氾汎決淒滙為燈爲狀獻現畫畵當發碼種稱積筆箇節簽籤紅細紹"
    "結絡綜綠維網緑總續義習與蔘薦藍處術衕製覈視覺觀計討記設註証評詞話該詳說説課論講證譚譯議讀貢軟這週進過遞選醫錄録錶鍵鏈鑑鑒間閤閱閲闆關隻順頻題類驗體髮麪麫麵黃點齣",
    "来局个们杰备优内创动势汇参问启启单当向采报场学采实对属帮几张录汇后凄态卷采担据教数断于时向书会术弃杨构标机残泛泛决凄汇为灯为状献现画画当发码种称积笔个节签签红细绍"
    "结络综绿维网绿总续义习与参荐蓝处术同制核视觉观计讨记设注证评词话该详说说课论讲证谭译议读贡软这周进过递选医录录表键链鉴鉴间合阅阅板关只顺频题类验体发面面面黄点出",
)


def _canon_word(word: str) -> str | None:
    w = " ".join(word.strip().strip("*_`").strip().rstrip(".").split()).casefold()
    if not w:
        return None
    got = ALIASES.get(w)
    if got:
        return got
    if not w.isascii() and (simplified := w.translate(T2S)) != w and not _KANA_RE.search(w):
        return _canon_word(simplified)  # (``研究動機`` → ``研究动机``; a Japanese ``結論`` was found as written)
    if "\u4e00" <= w[0] <= "\u9fff" and (core := _cjk_label_core(w)):
        return ALIASES.get(core)
    if w.isascii() and w.isalpha() and len(w) >= 7 and w not in _NOT_MISSPELT:
        from rapidfuzz.distance import Levenshtein  # only a misspelt label word pays for it

        for target in _FUZZY_TARGETS:
            limit = 1 if len(target) < 9 else 2
            if abs(len(target) - len(w)) <= limit and Levenshtein.distance(w, target) <= limit:
                return ALIASES[target]
    return None


_TITLE_GLUE_RE = re.compile(r"\b(?:with|for|of|and|the|in|to|via|from|on|by|through)\b")  # an English title's small words


_DIGEST_PARTS = frozenset({"key", "motivation", "methodology", "exps", "results", "contribution", "limitations", "ideas"})
_CJK_PART_LEAD_RE = re.compile(r"^(?:论文的|本文的|文章的|解决的|对|可借鉴的|需补充的|值得探索的|新的)")
_CJK_AND_RE = re.compile(r"([\u4e00-\u9fff]{2,6})[与與及和]([\u4e00-\u9fff]{2,6})")


def _pick(ca: str | None, cb: str | None) -> str | None:
    """Two halves of a label pair name one field, or none when they disagree (``Pros / Cons``)."""
    return ca or cb if not ca or not cb or ca == cb else None


_OWN_WORK_RE = re.compile(r"(?:my|mi|mis|meu|minha|mon|ma|mein|meine|our|nuestra|nuestro|nossa|notre|unser|la|a|the)?\s*"
                          r"(?:thesis|tesis|tese|thèse|these|dissertation|dissertação|disertación|chapter|ch\.?\s*\d|"
                          r"cap(?:ítulo|\.)?\s*\d*|project|proyecto|projeto|projet|paper|research|investigación|pesquisa)\b")
_QUALIFIER_RE = re.compile(r"\s(?:for|para|pour|für|per|voor)\s")


# what earlier work gets wrong, the reason the paper exists: ``Limitations of Existing Methods``, ``现有方法的问题``,
# ``기존 CNN의 문제점``, ``従来手法の課題``, ``问题背景``
_PRIOR_SHORTCOMINGS_RE = re.compile(
    r"(?:(?:the\s+)?(?:problems?|issues?|limitations?|shortcomings?|drawbacks?|weakness(?:es)?|challenges?)\s+(?:of|with|in)\s+"
    r"(?:the\s+)?(?:existing|existed|previous|prior|current|conventional|traditional|earlier)\b[\w\s\-]{0,30}"
    r"|(?:现有|已有|以往|传统|既有)[\u4e00-\u9fff\w]{0,6}?的?(?:问题|不足|局限性?|缺陷|缺点|痛点)|问题背景"
    r"|기존(?:의)?\s*[\w\s\-]{0,20}?(?:문제점|한계점?)"
    r"|(?:既存|従来)の?[\u4e00-\u9fff\u30a0-\u30ff\w]{0,8}?の?(?:問題点?|課題|限界))",
    re.I,
)


def canonical_label(name: str) -> str | None:
    """``Motiveation`` → ``motivation``; ``动机 (Motivation)`` → ``motivation``."""
    name = name.strip()
    if not name or len(name) > 40:
        return None
    if _PRIOR_SHORTCOMINGS_RE.fullmatch(name.strip("*_ ").rstrip(".:：")):
        return "motivation"
    m = _PAIR_RE.match(name)
    if m:
        a, b = m.group(1), m.group(2)
        ca = _canon_word(a) if _WORD_RE.match(a.strip("*_ ")) else None
        cb = _canon_word(b) if _WORD_RE.match(b.strip("*_ ")) else None
        if ca and cb and ca != cb and a.isascii() != b.isascii():
            # ``核心思想 (Idea)``: the bracket glosses the label in another language, loosely — the label itself names
            # the field
            return ca
        return _pick(ca, cb)
    if " / " in name and name.count(" / ") == 1:
        # bilingual labels in two Latin languages: ``Motivación / Motivation``, ``Revista / Venue``
        a, b = (x.strip("*_ ") for x in name.split(" / "))
        ca = _canon_word(a) if _WORD_RE.match(a) else None
        cb = _canon_word(b) if _WORD_RE.match(b) else None
        return _pick(ca, cb)
    m = _BILINGUAL_RE.match(name.strip("*_ ").rstrip(".:："))
    if m:
        ca, cb = (_canon_word(g) for g in (m.group(1) or m.group(3), m.group(2) or m.group(4)))
        return _pick(ca, cb)
    if "/" in name and name.count("/") == 1 and not name.isascii():
        # ``架构/方法详解``: two Chinese words for one part
        a, b = (x.strip("*_ ") for x in name.split("/"))
        return _pick(_canon_word(a), _canon_word(b)) if a and b else None
    if not _WORD_RE.match(name.strip("*_ ").rstrip(".")):
        return None
    return _canon_word(name)


# First characters of the non-Latin label words (and of bilingual pairs written CJK first).
_NON_ASCII_FIRST = frozenset(w[0] for w in ALIASES if not w[0].isascii()) | frozenset("本该论文作核主关具深可现已以传既従기")
_NON_ASCII_FIRST |= frozenset(chr(t) for t, s in T2S.items() if chr(s) in _NON_ASCII_FIRST)  # (``實驗``, ``貢獻``)


_KEYCAP = ("\ufe0f", "\u20e3")  # the marks after a digit that draw it as a keycap emoji, ``2️⃣``


def _strip_prefix(s: str) -> str:
    """Drop emoji and other symbols before the label word (``🔑 Key``, ``**📊 Results:**``)."""
    if not s or (s[0].isalnum() and s[1:2] not in _KEYCAP):
        return s
    if s[0] in "*_":
        if s[:2] in ("**", "__") and len(s) > 3 and (s[3:4] in _KEYCAP or (
                not s[2].isalnum() and s[2] not in "*_ " and s[2] > "\u2000")):
            inner = _strip_prefix(s[2:]).lstrip()
            return s[:2] + inner if inner and inner[0].isalnum() else s  # (the emoji inside the bold)
        return s
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c.isalnum() and s[i + 1 : i + 2] in _KEYCAP:
            i += 1  # a keycap emoji, ``2️⃣``: a number drawn as a symbol (its two marks are skipped next)
            continue
        if c.isalnum() or c in "*_":
            break
        i += 1
    return s[i:]


def _run_in_bold(s: str) -> tuple[str, str] | None:
    """One paper per heading: ``**Weaknesses.** The coverage is narrow.`` — a bold run-in label
    closed by its period (no colon): (label, the rest of the paragraph)."""
    close = s.find(s[:2], 2, 48)
    if close < 4:
        return None
    if s[close - 1] == ".":
        return s[2 : close - 1], s[close + 2 :]
    after = s[close + 2 : close + 6]
    if after[:1] == " " and after[1:2] in ("—", "–", "-") and after[2:3] == " ":
        return s[2:close], s[close + 5 :]  # ``**TL;DR** — one line``
    return None


def _question_key(head: str) -> str:
    """A Japanese template question as a table key ("" when it is none): quotes, the question mark and
    a closing ``か`` / ``の`` dropped (``技術や手法の"キモ"はどこにある？`` → ``技術や手法のキモはどこにある``)."""
    q = re.sub(r"[\"“”「」『』'\s]", "", head).rstrip("？?")
    return next((k for k in (q, q[:-1] if q[-1:] in ("か", "の") else "") if k in ALIASES), "")


# Reading templates' questions about the paper (Keshav's and others'), first match wins: the part each one asks for
_QUESTION_PARTS = (
    ("limitations", re.compile(r"\b(?:drawbacks?|limitations?|weakness(?:es)?|shortcomings?)\b")),
    ("results", re.compile(r"\bresults?\b|\bfindings?\b")),
    ("exps", re.compile(r"\bexperiments?\b|\bevaluat")),
    ("contribution", re.compile(r"\bcontributions?\b")),
    ("methodology", re.compile(r"\bhow (?:does|do|did) (?:the paper|the authors|they|it)\b.*\b(?:solve|address|approach|do)\b"
                               r"|\b(?:method|approach)\b.*\b(?:propose|use)")),
    ("motivation", re.compile(r"\bproblem\b.*\b(?:solve|address|tackle)|\bwhy\b.*\bmatters?\b")),
)
_ABOUT_PAPER_RE = re.compile(r"\b(?:paper|authors?|they|method|approach|work)\b")


# Ochiai's six questions as English templates ask them (``What is this`` / ``Comparison with previous researches.
# What are the novelties?`` / ``How the author proved effectiveness of the proposal?`` / ``What should I read next?``)
_OCHIAI_EN = (
    ("key", re.compile(r"^what(?: is|'s) (?:this|it)(?: paper| about)?\W*$")),
    ("contribution", re.compile(r"\bcompar\w* (?:with|to) (?:the )?(?:previous|prior|existing)\b|\bnovelt(?:y|ies)\b"
                                r"|^what(?: is|'s) (?:so )?(?:amazing|great|new)\b")),
    ("methodology", re.compile(r"\bkey (?:to|of|point of) the (?:technique|method|approach)")),
    ("exps", re.compile(r"^how (?:did |do |does )?(?:the authors? |they |you |it )?(?:prove|verify|validate|show)\w*\b.*\b(?:effective|works?)")),
    ("discussion", re.compile(r"^(?:any |is there (?:any )?|are there (?:any )?)discussions?\W*$")),
    ("next reading", re.compile(r"\b(?:what|which)(?: papers?)? (?:should i|to) read next\b|^next papers? to read\b")),
)


def _ochiai_question(head: str) -> str | None:
    q = head.casefold().strip()
    if len(q) > 120:
        return None
    return next((part for part, rx in _OCHIAI_EN if rx.search(q)), None)


def _english_question(head: str) -> str | None:
    """``What is the problem the paper tries to solve? Why does this problem matter?`` → ``motivation``."""
    q = head.casefold()
    if len(q) > 160 or not q.startswith(("what", "how", "why", "which", "where", "does", "do ")) or not _ABOUT_PAPER_RE.search(q):
        return None
    return next((part for part, rx in _QUESTION_PARTS if rx.search(q)), None)


_TRAILING_HASHTAGS_RE = re.compile(r"(?:\s+#[A-Za-z][\w\-/]*)+\s*$")
# (bold inside or around the brackets: a plain ``[Survey] Title`` / ``[Dataset] Title`` is a list's tag)
_BRACKET_LABEL_RE = re.compile(r"^(?:\*\*\[([^\[\]*]{2,30}?)\]\*\*|\[\*\*([^\[\]*]{2,30}?)\*\*\])\s*[:：]?\s*(.*)$")
_BRACKET_PAIR_RE = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?\[([^\[\]/]{2,30} / [^\[\]/]{2,30})\]\s+\S")
_HTML_LABEL_RE = re.compile(r"<(i|b|em|strong)>([^<>]{1,40})</\1>\s*([:：])", re.I)


# a bold key opening a line, a word or few before its colon (``**发表刊物**：COSE`` / ``**Venue:** …``); no numbers or
# asides (``**Table 4 & 5（数据集对比）**：`` names a table, not a key)
BOLD_KEY_RE = re.compile(r"^(?:\*\*|__)(?:[^\W\d_]+[ -]?){1,4}(?:\*\*|__)\s*[:：]|^(?:\*\*|__)(?:[^\W\d_]+[ -]?){1,4}[:：](?:\*\*|__)")


def match_label(text: str) -> tuple[str, str] | None:
    """(canonical field, inline content) when ``text`` is a digest label line, else None."""
    got = _match_label(text)
    if got is None and text and not text.isascii() and (simplified := text.translate(T2S)) != text \
            and not _KANA_RE.search(text):  # (Japanese shares the characters: ``論文メモ`` stays as written)
        got = _match_label(simplified)  # ``**研究動機**：…``: traditional label words
        if got and got[1]:
            at = simplified.rfind(got[1])  # the content as written (the table maps one character to one)
            got = (got[0], text[at : at + len(got[1])]) if at >= 0 else got
    return got


def _match_label(text: str) -> tuple[str, str] | None:
    if not text or len(text) > 600:
        return None
    if text[:1] == ":" and (m := _ORG_PROPERTY_RE.match(text)):
        # org-mode drawers: ``:VENUE: RSS 2014`` names a field, ``:ARXIV: 1502.00956`` an extra one
        key = m.group(1).replace("_", " ").casefold()
        if m.group(1).islower() and key not in ALIASES:
            return None  # GitHub's emoji shortcodes: ``## :tv: Computer Vision`` is an icon and a heading
        return ALIASES.get(key, key), m.group(2).strip()
    if text[:3] == ":::":
        # Jupyter Book / MyST: ``:::{admonition} Key idea`` opens a box titled with the label
        m = _ADMONITION_RE.match(text)
        got = match_label(m.group(1)) if m and m.group(1) else None
        return (got[0], "") if got else None
    s = text.strip()
    if " #" in s and s[:1] != "#" and s[-1:] != "#":
        s = _TRAILING_HASHTAGS_RE.sub("", s)  # Logseq: ``Key idea #card`` — the block's tag is no part of the label
    if "[" in s[:6] and (pb := _BRACKET_PAIR_RE.match(s)):
        # templates: ``### 1. [Problem Definition / Motivation] What problem is this paper trying to solve?`` — the
        # bracket names the part (its first word when the two differ: ``[Contribution / Method]``)
        a, b = (ALIASES.get(x.strip().casefold()) for x in pb.group(1).split(" / ", 1))
        if a or b:
            return (a or b), ""  # type: ignore[return-value]
    if s[:1] == "[" or s[:3] == "**[":
        # ``- [**Model**] instead of …`` / ``**[Method]** …``: the label in bold brackets (an exact label word only:
        # ``[paper] Title`` / ``[DCN] Title`` are a card's tag and a short name)
        bl = _BRACKET_LABEL_RE.match(s)
        if bl and (canon := ALIASES.get((bl.group(1) or bl.group(2)).strip().casefold())):
            return canon, bl.group(3).strip()

    if s[:1] == "<" and (html := _HTML_LABEL_RE.match(s)):
        # READMEs written in HTML: ``<i>Comments</i>:<br>`` / ``<b>Author</b>: …`` — the tags set the label in type
        s = f"**{html.group(2)}**{html.group(3)}{s[html.end() :]}"
        s = re.sub(r"\s*<br\s*/?>\s*$", "", s)
    s = _strip_prefix(s)
    if not s:
        return None
    if s[:1] in _COLOUR_FIRST and (colour := _COLOUR_PREFIX_RE.match(s)):
        s = s[colour.end() :]  # Zotero colour exports: ``### 🟡 Yellow — Key idea`` / ``Green: Method``
    if (s[0].isdigit() or s[0] in _CJK_NUMERALS) and (num := _SECTION_NUM_RE.match(s)):
        s = s[num.end() :]  # numbered sections: ``### 1.1 动机`` / ``## 3. Experiments``
    if s[-1:] == ")" and "(" in s[:40] and (pre := s.split("(", 1)[0].strip(" *_:").casefold()) in ALIASES \
            and ":" not in s and len(s) <= 80:
        return ALIASES[pre], ""  # ``### 4. Advantages (self-summary rather than the author's)``: a remark on the label
    c = s[2] if s.startswith(("**", "__")) and len(s) > 2 else s[0]
    if not c.isascii() and c.lower() not in _NON_ASCII_FIRST and "/" not in s[:8]:
        return None  # CJK prose (misspellings are only forgiven for Latin words)
    a, b = s.find(":", 0, 45), s.find("：", 0, 45)
    cut = min(x for x in (a, b) if x >= 0) if a >= 0 or b >= 0 else -1
    # (``**Results.** Edge probing across layers: …`` — a colon after the run-in label is prose)
    run_in = _run_in_bold(s) if s[:2] in ("**", "__") and (cut < 0 or cut > s.find(s[:2], 2, 48) > 0) else None
    if run_in:
        head, rest = run_in
    elif cut >= 0:
        head, rest = s[:cut], s[cut + 1 :]
    else:
        close = s.find(s[:2], 2, 46) if s.startswith(("**", "__")) else -1
        if close > 2 and len(s) > close + 2:
            # reading-group notes: ``**TL;DR** one line`` — a bold label word, then its content
            head, rest = s[: close + 2], s[close + 2 :]
        elif len(s) > 44:
            if s[-1:] == "?" and s.isascii() and (q := _english_question(s) or _ochiai_question(s)):
                return q, ""  # (a long template question: ``What is the problem the paper tries to solve? Why …?``)
            return None
        else:
            head, rest = s, ""
    head = head.strip()
    if head.startswith(("**", "__")):
        head = head[2:]
    closed = head.endswith(("**", "__"))  # ``**文章贡献**：**攻击图**。``: the bold after the colon is the content's
    if closed:
        head = head[:-2]
    head = head.strip()
    rest = rest.strip()
    if rest[:1] == ":":
        rest = rest[1:].lstrip()  # Logseq / Roam / Dataview properties: ``venue:: ICLR 2017``
    if rest.startswith(("**", "__")) and not (closed and rest.find(rest[:2], 2) > 2):
        rest = rest[2:].strip()
    elif rest[:1] in "*_" and rest[1:2] in (" ", ""):
        rest = rest[1:].strip()  # ``*Key idea:* …``: the italic label's closing mark
    if head[-1:] in "？?" and not head.isascii() and (q := _question_key(head)):
        return ALIASES[q], rest  # Ochiai's template: ``## 1. どんなもの？`` / ``## 4. どうやって有効だと検証した？``
    if head[-1:] == "?" and head.isascii() and not rest and (q := _english_question(head)):
        return q, ""  # reading templates: ``- What is the problem the paper tries to solve?`` over the answers
    if head[:1] in "WHACIN" and head.isascii() and not rest and (q := _ochiai_question(head)):
        return q, ""
    if len(head) > 40:
        return None
    # (``研究目标、实际问题及产业意义``: a template's question enumerating its parts, read below)
    paired = "(" in head or "（" in head or head.count(" / ") == 1 or head.count(" · ") == 1 or (
        "、" in head and not _KANA_RE.search(head))
    if not paired and (head.count(" ") > 4 or (len(head) > 12 and not head.isascii() and (
            (len(head) > 24 or "\u3040" <= max(head)) and not _BILINGUAL_RE.match(head.strip("*_ "))
            and not _QUALIFIER_RE.search(head)))):
        return None  # prose, not a label word (the common case: keep it cheap)
    key = head.strip("*_ ").rstrip(".").casefold()
    if "  " in key or "\t" in key:
        key = " ".join(key.split())
    if not rest and key in _INLINE_ONLY:
        return None  # ``## Links`` is a section of anything; ``Link: <url>`` is a paper's source
    canon = ALIASES.get(key)
    if canon is None and not rest and not paired and key in ("keypoints", "keypoint", "keypoitns"):
        canon = "key"  # ``## Keypoints`` over a paper's points (not ``KeyPoints (widely used): …``, pose keypoints)
    if canon is None and _PRIOR_SHORTCOMINGS_RE.fullmatch(key):
        canon = "motivation"  # ``**기존 CNN의 문제점**`` / ``## Limitations of Existing Methods``: why the paper exists
    if canon is None and "\u4e00" <= key[:1] <= "\u9fff" and (core := _cjk_label_core(key)):
        canon = ALIASES.get(core)  # ``**本文贡献点**：`` / ``### 实验部分``: the label word inside
    if canon is None and key.startswith("ideas for "):
        canon = "ideas"  # ``**Ideas for my pipeline:**``: the reader's ideas, for whatever they name
    if canon is None and (q := _QUALIFIER_RE.search(key)) and q.start() > 2 and (
            rest or _OWN_WORK_RE.match(key[q.end() :])):
        # ``**Thoughts for Ch3:**``, ``**Ideias para a dissertação:**``: the reader's thoughts, for what they name
        # (only those, inline or for the reader's own work — ``## Ideas para mi tesis``: ``background for the Java
        # part:`` is a journal's line, ``### My take for the district`` a section of the reader's own)
        canon = "ideas" if ALIASES.get(key[: q.start()]) == "ideas" else None
    if canon is None and key.count("/") == 1 and " " not in key:
        # ``**Pergunta/problema:**``: two words for one part, slash-joined
        a, b = key.split("/")
        canon = _pick(ALIASES.get(a), ALIASES.get(b)) if a.isascii() else _pick(_canon_word(a), _canon_word(b))
    if canon is None and not key.isascii() and len(key) <= 16 and (cj := _CJK_AND_RE.fullmatch(key)):
        # Chinese pairs joined by 与 / 及 / 和 ("and"): ``## 实验设置与主要发现`` (setup and findings: the experiments),
        # ``## 优势与局限`` (strengths and limitations), ``## 研究问题与方法`` (the question first)
        ca, cb = _canon_word(cj.group(1)), _canon_word(cj.group(2))
        if ca and cb:
            canon = "exps" if {ca, cb} == {"exps", "results"} else (
                cb if ca in EXTRA_LABELS and cb not in EXTRA_LABELS else ca)
        elif (ca or cb) and len(cj.group(2) if ca else cj.group(1)) <= 4:
            canon = ca or cb  # ``实验结果与分析`` / ``实验设计与数据处理``: a field and a plain word about it
    if canon is None and not key.isascii() and "、" in key and len(key) <= 40:
        # Chinese enumerations of a template's question: ``研究目标、实际问题及产业意义`` / ``论文的研究目标、解决的实际
        # 问题及对产业发展的意义`` — the first part naming a field names the section
        for part in re.split(r"、|以及|及|与|和|或", key)[:5]:
            part = _CJK_PART_LEAD_RE.sub("", part.strip())
            if part and len(part) <= 10 and (canon := _canon_word(part)):
                break
        if canon not in _DIGEST_PARTS:
            canon = None  # (``会议、论坛总结``: a venue word opening a list of kinds is no digest part)
    if canon is None and key.count(" 및 ") == 1:
        # Korean pairs joined by ``및`` ("and"): ``## 실험 설계 및 평가`` (experiment design and evaluation)
        a, b = key.split(" 및 ")
        canon = _pick(ALIASES.get(a) or _canon_word(a), ALIASES.get(b) or _canon_word(b))
    if canon is None and (key.count("・") == 1 or key.count(" · ") == 1):
        # Japanese pairs: ``**所感・アイデア**`` (thoughts and ideas), ``**背景・課題**`` (background and problem): the
        # part named by the pair's field word (the background is no field of its own); Korean ones with a middle dot,
        # ``## 배경 · 문제 정의`` / ``## 실험 · 결과`` (experiments and results: the experiments')
        a, b = (x.strip() for x in re.split(r"・| · ", key, maxsplit=1))
        ca, cb = ALIASES.get(a), ALIASES.get(b)
        canon = "motivation" if ca == "background" and cb == "motivation" or (a == "背景" and b in ("課題", "問題", "目的")) \
            else "exps" if {ca, cb} == {"exps", "results"} else _pick(ca if ca not in EXTRA_LABELS else None, cb)
    if canon is None and key.isascii() and (key.count(" & ") == 1 or key.count(" and ") == 1) and len(key.split()) <= 5:
        # English pairs: ``## Results & Analysis`` / ``## Strengths & Weaknesses`` / ``## Future Work & Ideas``: the
        # part named by the pair's field word (a plain word beside it is about that field)
        a, b = (x.strip() for x in re.split(r" & | and ", key, maxsplit=1))
        ca, cb = ALIASES.get(a), ALIASES.get(b)
        if ca and (cb or b in ("analysis", "discussion", "evaluation", "insights", "takeaways")):
            # (both halves label words, or a field and a plain word about it — ``## Dissertation and Thesis`` is none)
            fa, fb = (ca if ca not in EXTRA_LABELS else None), (cb if cb not in EXTRA_LABELS else None)
            canon = "exps" if {ca, cb} == {"exps", "results"} else _pick(fa, fb) if fa or fb else _pick(ca, cb)
    if canon is None and "-" in key:
        # Logseq properties: ``key-idea:: …`` / ``follow-up-ideas:: …``, the label words hyphen-joined
        canon = ALIASES.get(key.replace("-", " "))
    if canon is None:
        # pairs (``动机 (Motivation)``) and one-word misspellings (``Mtoivation``) need the full rules
        bilingual = (not key.isascii() and _BILINGUAL_RE.match(head.strip("*_ ").rstrip(".")) is not None) or (
            key.count(" / ") == 1)
        if not paired and not bilingual and not (key.isascii() and key.isalpha() and 7 <= len(key) <= 16):
            return None
        words = re.findall(r"[A-Za-z][\w-]{3,}", rest)
        if key.isascii() and key.isalpha() and len(words) >= 3 and sum(w[:1].isupper() for w in words) * 5 >= len(words) * 3 \
                and _TITLE_GLUE_RE.search(rest):
            return None  # ``# Reflexion: Language Agents with Verbal …``: a coined name near a label word, then a title
        canon = canonical_label(head)
    if canon is None:
        return None
    if canon == "presenter" and has_meta_sep(rest):
        return None  # ``*Presenter: Maya · Authors: … (2017)*``: a session's meta line, read as one
    return canon, rest


def meta_fields(meta: dict[str, object] | None) -> dict[str, str]:
    """One-paper files: the front-matter (or Zotero-Integration ``Key:: value``) keys that name
    a digest field — ``venue:`` / ``Proceedings Title::`` → source, ``Contribution::`` →
    contribution, a one-line ``summary:`` → key (the corpus label map's front-matter rule)."""
    out: dict[str, str] = {}
    for k, v in (meta or {}).items():
        key = " ".join(str(k).replace("_", " ").split()).casefold()
        canon = "key" if key in ("summary", "tldr", "tl;dr") else ALIASES.get(key)
        if not canon or canon in EXTRA_LABELS:
            continue
        if isinstance(v, (list, tuple)):
            v = ", ".join(str(x) for x in v if x)
        if isinstance(v, bool) or not isinstance(v, (str, int, float)):
            continue
        text = str(v).strip()
        if text and (canon != "key" or "\n" not in text):
            out.setdefault(canon, text)
    return out


META_SEPS = (" | ", " · ", " • ", " ｜ ")  # (the full-width bar of Chinese notes too)


def meta_sep(text: str) -> str | None:
    """The cell separator a meta line uses (the first of ``META_SEPS`` found), or None."""
    return next((s for s in META_SEPS if s in text), None)


def has_meta_sep(text: str) -> bool:
    """Cheap gate before ``pipe_meta_cells``: the line holds a cell separator."""
    return " | " in text or " · " in text or " • " in text or " ｜ " in text


def pipe_meta_cells(text: str) -> list[str] | None:
    """Reading-group logs: ``Presenter: Ana | Authors: L. Babai | Venue: STOC 2016 | arXiv 1512.03547``
    or ``**Presenter:** Lena · **Venue:** OSDI '12 · [pdf](…)`` — a line of ``Key: value`` cells
    split by `` | ``, `` · `` or `` • ``, keys bold or plain. The cells (bold around keys removed)
    when two or more are keyed, else None (callers gate on ``has_meta_sep``)."""
    sep = meta_sep(text)
    if sep is None:
        return None
    cells = []
    keyed = 0
    for c in text.split(sep):
        c = c.strip()
        if c[:2] in ("**", "__") and c.find(c[:2], 2, 20) > 2:
            close = c.find(c[:2], 2, 20)
            c = (c[2:close] + c[close + 2 :]).strip()
        k = c.split(":", 1)[0] if ":" in c[:16] else ""
        if k and 0 < len(k.strip()) <= 12 and k.strip().replace(" ", "").isalpha():
            keyed += 1
        cells.append(c)
    return cells if keyed >= 2 else None


def pipe_meta_label(text: str) -> tuple[str, str] | None:
    """The ``Venue: …`` cell of a meta line as the paper's ``source`` label (corpus map: Venue)."""
    cells = pipe_meta_cells(text) if has_meta_sep(text) else None
    for c in cells or ():
        if ":" in c[:16]:
            k, v = c.split(":", 1)
            if v.strip() and canonical_label(k) == "source":
                return ("source", v.strip())
    return None
