package exporttest

import (
	"fgdraft/export"
	"strings"
	"time"

	"fgdraft/forms"
)

// sampleText holds the language-dependent texts of a test document.
type sampleText struct {
	union, sector, period, group, original string
	labels                                 [5]string // Question(s), Place/date, Source, Title, Purpose
	values                                 [5]string
	contact, keywords, abstract            string
	keywordsV, abstractV                   string
	sec                                    [4]string
	paras                                  []string
	items                                  []string
	header                                 []string
	rows                                   [][]string
	legend                                 [4]string
	lanes                                  [3]string
}

var samples = map[forms.Lang]sampleText{
	forms.English: {
		union: "INTERNATIONAL TELECOMMUNICATION UNION", sector: "TELECOMMUNICATION STANDARDIZATION SECTOR",
		period: "STUDY PERIOD 2025-2028", group: "Study Group 17", original: "Original: English",
		labels: [5]string{"Question(s):", "Place, date:", "Source:", "Title:", "Purpose:"},
		values: [5]string{"All/17", "Geneva, 2-13 March 2026", "Ministry of Digital Affairs, Republic of Example",
			"Proposal to establish an ITU-T Focus Group on quantum-safe identity (FG-QSI)", "Proposal"},
		contact: "Contact:", keywords: "Keywords:", abstract: "Abstract:",
		keywordsV: "focus group; quantum-safe cryptography; digital identity",
		abstractV: "This contribution proposes the establishment of a focus group on quantum-safe digital identity, with terms of reference, a work plan and a timeline of 18 months.",
		sec:       [4]string{"Introduction", "Terms of reference", "Scope", "Gap analysis"},
		paras: []string{
			"The migration of identity systems to quantum-safe cryptography is urgent. Existing ITU-T Recommendations (X.509, X.1252) do not address crypto-agility for long-lived credentials, and no other standards body covers the operational aspects in developing countries.",
			"The focus group will study the gaps between existing standards and the needs of the industry, will collaborate with ISO/IEC JTC 1/SC 27 and the IETF, and will report to its parent group at each of its meetings; its deliverables are technical reports and draft Recommendations.",
		},
		items:  []string{"Identify use cases and requirements for quantum-safe identity.", "Analyse the gaps in existing standards.", "Draft technical reports for transfer to Study Group 17."},
		header: []string{"Deliverable", "Content", "Due"},
		rows: [][]string{
			{"D1", "Use cases and requirements for quantum-safe digital identity systems", "2026-12-31"},
			{"D2", "Gap analysis of existing standards (ITU-T, ISO/IEC, IETF)", "2027-03-31"},
			{"D3", "Migration guidelines and a draft Recommendation on crypto-agility", "2027-09-30"},
		},
		legend: [4]string{"Lifetime", "Meeting", "Deliverable", "Deadline"},
		lanes:  [3]string{"Focus group", "Study Group 17 meetings", "Deliverables"},
	},
	forms.French: {
		union: "UNION INTERNATIONALE DES TÉLÉCOMMUNICATIONS", sector: "SECTEUR DE LA NORMALISATION DES TÉLÉCOMMUNICATIONS",
		period: "PÉRIODE D'ÉTUDES 2025-2028", group: "Commission d'études 17", original: "Original: français",
		labels: [5]string{"Question(s):", "Lieu, date:", "Source:", "Titre:", "Objet:"},
		values: [5]string{"Toutes/17", "Genève, 2-13 mars 2026", "Ministère des affaires numériques, République d'Exemple",
			"Proposition de création d'un groupe spécialisé de l'UIT-T sur l'identité résistante aux ordinateurs quantiques", "Proposition"},
		contact: "Contact:", keywords: "Mots clés:", abstract: "Résumé:",
		keywordsV: "groupe spécialisé; cryptographie post-quantique; identité numérique",
		abstractV: "La présente contribution propose la création d'un groupe spécialisé, son mandat, son programme de travail et un calendrier de dix-huit mois.",
		sec:       [4]string{"Introduction", "Mandat", "Domaine d'application", "Analyse des lacunes"},
		paras: []string{
			"La migration des systèmes d'identité vers une cryptographie résistante aux ordinateurs quantiques est urgente. Les Recommandations existantes de l'UIT-T ne traitent pas de l'agilité cryptographique des justificatifs à longue durée de vie, ni des aspects opérationnels propres aux pays en développement.",
			"Le groupe spécialisé étudiera les lacunes entre les normes existantes et les besoins de l'industrie — notamment à l'égard des élèves, des collectivités et des opérateurs — et fera rapport à son groupe de rattachement à chacune de ses réunions.",
		},
		items:  []string{"Recenser les cas d'utilisation et les exigences.", "Analyser les lacunes des normes existantes.", "Élaborer des rapports techniques à l'intention de la Commission d'études 17."},
		header: []string{"Produit", "Contenu", "Échéance"},
		rows: [][]string{
			{"D1", "Cas d'utilisation et exigences relatives à l'identité numérique", "2026-12-31"},
			{"D2", "Analyse des lacunes des normes existantes (UIT-T, ISO/CEI, IETF)", "2027-03-31"},
		},
		legend: [4]string{"Durée", "Réunion", "Produit", "Échéance"},
		lanes:  [3]string{"Groupe spécialisé", "Réunions de la CE 17", "Produits"},
	},
	forms.Spanish: {
		union: "UNIÓN INTERNACIONAL DE TELECOMUNICACIONES", sector: "SECTOR DE NORMALIZACIÓN DE LAS TELECOMUNICACIONES",
		period: "PERÍODO DE ESTUDIOS 2025-2028", group: "Comisión de Estudio 17", original: "Original: español",
		labels: [5]string{"Cuestión(es):", "Lugar, fecha:", "Fuente:", "Título:", "Propósito:"},
		values: [5]string{"Todas/17", "Ginebra, 2-13 de marzo de 2026", "Ministerio de Asuntos Digitales, República de Ejemplo",
			"Propuesta de creación de un Grupo Temático del UIT-T sobre identidad resistente a la computación cuántica", "Propuesta"},
		contact: "Contacto:", keywords: "Palabras clave:", abstract: "Resumen:",
		keywordsV: "grupo temático; criptografía poscuántica; identidad digital",
		abstractV: "Esta contribución propone la creación de un grupo temático, con su mandato, su programa de trabajo y un calendario de dieciocho meses.",
		sec:       [4]string{"Introducción", "Mandato", "Alcance", "Análisis de carencias"},
		paras: []string{
			"La migración de los sistemas de identidad a una criptografía resistente a la computación cuántica es urgente. ¿Quién se ocupará de la agilidad criptográfica? Las Recomendaciones existentes del UIT-T no la tratan, ni tampoco los aspectos operativos en los países en desarrollo.",
		},
		items:  []string{"Determinar los casos de uso y los requisitos.", "Analizar las carencias de las normas existentes."},
		header: []string{"Entregable", "Contenido", "Plazo"},
		rows: [][]string{
			{"D1", "Casos de uso y requisitos de la identidad digital", "2026-12-31"},
		},
		legend: [4]string{"Duración", "Reunión", "Entregable", "Plazo"},
		lanes:  [3]string{"Grupo temático", "Reuniones de la CE 17", "Entregables"},
	},
	forms.Russian: {
		union: "МЕЖДУНАРОДНЫЙ СОЮЗ ЭЛЕКТРОСВЯЗИ", sector: "СЕКТОР СТАНДАРТИЗАЦИИ ЭЛЕКТРОСВЯЗИ",
		period: "ИССЛЕДОВАТЕЛЬСКИЙ ПЕРИОД 2025–2028 гг.", group: "15-я Исследовательская комиссия", original: "Язык оригинала: русский",
		labels: [5]string{"Вопрос(ы):", "Место, дата:", "Источник:", "Название:", "Цель:"},
		values: [5]string{"Все/17", "Женева, 2–13 марта 2026 года", "Министерство цифрового развития",
			"Предложение о создании Оперативной группы МСЭ-Т по квантово-устойчивой идентификации", "Предложение"},
		contact: "Контактное лицо:", keywords: "Ключевые слова:", abstract: "Аннотация:",
		keywordsV: "оперативная группа; постквантовая криптография; цифровая идентичность",
		abstractV: "В настоящем вкладе предлагается создать оперативную группу, определяется её круг ведения, программа работы и график на 18 месяцев.",
		sec:       [4]string{"Введение", "Круг ведения", "Сфера охвата", "Анализ пробелов"},
		paras: []string{
			"Переход систем идентификации на квантово-устойчивую криптографию является неотложной задачей. Предложение поддержали Китай (王小明, 中国信息通信研究院) и ряд других Государств-Членов; существующие Рекомендации МСЭ-Т не охватывают криптографическую гибкость долгоживущих учётных данных.",
		},
		items:  []string{"Определить сценарии использования и требования.", "Проанализировать пробелы в существующих стандартах."},
		header: []string{"Результат", "Содержание", "Срок"},
		rows: [][]string{
			{"D1", "Сценарии использования и требования к цифровой идентичности", "2026-12-31"},
		},
		legend: [4]string{"Срок деятельности", "Собрание", "Результат", "Крайний срок"},
		lanes:  [3]string{"Оперативная группа", "Собрания ИК17", "Результаты"},
	},
	forms.Chinese: {
		union: "国际电信联盟", sector: "电信标准化部门",
		period: "2025-2028年研究期", group: "第17研究组", original: "原文：中文",
		labels: [5]string{"课题：", "地点、日期：", "来源：", "标题：", "目的："},
		values: [5]string{"全部/17", "日内瓦，2026年3月2-13日", "数字事务部",
			"关于成立ITU-T抗量子数字身份焦点组（FG-QSI）的提案", "提案"},
		contact: "联系人：", keywords: "关键词：", abstract: "摘要：",
		keywordsV: "焦点组；抗量子密码；数字身份",
		abstractV: "本文稿提议成立一个关于抗量子数字身份的焦点组，并提出其职责范围、工作计划和为期18个月的时间表。",
		sec:       [4]string{"引言", "职责范围", "范围", "差距分析"},
		paras: []string{
			strings.Repeat("身份系统向抗量子密码的迁移十分紧迫。现有的ITU-T建议书（X.509、X.1252）没有涉及长期凭证的密码敏捷性问题，其他标准化组织也没有涵盖发展中国家的运营问题。焦点组将研究现有标准与产业需求之间的差距，与ISO/IEC JTC 1/SC 27和IETF开展合作，并在每次会议上向其主管组报告；其可交付成果为技术报告和建议书草案。", 3),
			"部门准成员和学术成员均可参加焦点组的工作，“开放、透明”是其基本原则；详见附件A《职责范围》。",
		},
		items:  []string{"确定抗量子数字身份的用例和需求；", "分析现有标准的差距；", "起草技术报告，提交第17研究组。"},
		header: []string{"可交付成果", "内容", "截止日期"},
		rows: [][]string{
			{"D1", "抗量子数字身份系统的用例和需求", "2026-12-31"},
			{"D2", "现有标准（ITU-T、ISO/IEC、IETF）的差距分析", "2027-03-31"},
		},
		legend: [4]string{"存续期", "会议", "可交付成果", "截止日期"},
		lanes:  [3]string{"焦点组", "第17研究组会议", "可交付成果"},
	},
	forms.Arabic: {
		union: "الاتحاد الدولي للاتصالات", sector: "قطاع تقييس الاتصالات",
		period: "فترة الدراسة 2028-2025", group: "لجنة الدراسات 17", original: "الأصل: بالعربية",
		labels: [5]string{"المسائل:", "المكان والتاريخ:", "المصدر:", "العنوان:", "الغرض:"},
		values: [5]string{"جميع المسائل/17", "جنيف، 13-2 مارس 2026", "وزارة الشؤون الرقمية",
			"مقترح بإنشاء فريق متخصص تابع لقطاع تقييس الاتصالات (ITU-T) معني بالهوية الرقمية المقاومة للحوسبة الكمومية", "مقترح"},
		contact: "جهة الاتصال:", keywords: "الكلمات الرئيسية:", abstract: "ملخص:",
		keywordsV: "فريق متخصص؛ التشفير ما بعد الكمومي؛ الهوية الرقمية",
		abstractV: "تقترح هذه المساهمة إنشاء فريق متخصص، وتحدد اختصاصاته وبرنامج عمله وجدولاً زمنياً مدته 18 شهراً.",
		sec:       [4]string{"مقدمة", "الاختصاصات", "النطاق", "تحليل الثغرات"},
		paras: []string{
			"اجتماع SG17 في 2027 سيبحث نتائج الفريق المتخصص. إن انتقال أنظمة الهوية إلى التشفير المقاوم للحوسبة الكمومية أمر عاجل، ولا تتناول توصيات الاتحاد (ITU-T) الحالية مثل X.509 مرونة التشفير للوثائق الطويلة الأجل.",
			"سيدرس الفريق المتخصص الثغرات بين المعايير القائمة واحتياجات الصناعة، وسيتعاون مع المنظمة الدولية للتوحيد القياسي (ISO) وفريق مهام هندسة الإنترنت، وسيقدم تقاريره إلى لجنة الدراسات 17 في كل اجتماع من اجتماعاته خلال فترة 18 شهراً.",
		},
		items:  []string{"تحديد حالات الاستعمال والمتطلبات.", "تحليل الثغرات في المعايير القائمة.", "إعداد تقارير تقنية لإحالتها إلى لجنة الدراسات 17."},
		header: []string{"الناتج", "المحتوى", "الموعد"},
		rows: [][]string{
			{"D1", "حالات الاستعمال ومتطلبات الهوية الرقمية", "2026-12-31"},
			{"D2", "تحليل الثغرات في المعايير (ITU-T وISO/IEC)", "2027-03-31"},
		},
		legend: [4]string{"مدة الفريق", "اجتماع", "ناتج", "موعد نهائي"},
		lanes:  [3]string{"الفريق المتخصص", "اجتماعات لجنة الدراسات 17", "النواتج"},
	},
}

func sd(y int, m time.Month, day int) forms.Date { return forms.NewDate(y, m, day) }

// SampleDoc is a typical proposal in lang.
func SampleDoc(lang forms.Lang) export.Document {
	s := samples[lang]
	var fields []export.Labelled
	for i := range s.labels {
		fields = append(fields, export.Labelled{Label: s.labels[i], Value: s.values[i]})
	}
	chart := export.Chart{
		From: sd(2026, time.April, 1), To: sd(2027, time.September, 30),
		Legend: map[export.MarkKind]string{export.MarkLifetime: s.legend[0], export.MarkMeeting: s.legend[1], export.MarkDeliverable: s.legend[2], export.MarkDeadline: s.legend[3]},
		Lanes: []export.Lane{
			{Label: s.lanes[0], Marks: []export.Mark{{Kind: export.MarkLifetime, Label: "FG-QSI", Start: sd(2026, time.April, 1), End: sd(2027, time.September, 30)},
				{Kind: export.MarkMeeting, Label: "#1", Start: sd(2026, time.June, 10), End: sd(2026, time.June, 12)},
				{Kind: export.MarkMeeting, Label: "#2", Start: sd(2026, time.October, 5), End: sd(2026, time.October, 7)},
				{Kind: export.MarkMeeting, Label: "#3", Start: sd(2027, time.February, 1)}}},
			{Label: s.lanes[1], Marks: []export.Mark{{Kind: export.MarkMeeting, Label: "SG17", Start: sd(2026, time.September, 1), End: sd(2026, time.September, 10)},
				{Kind: export.MarkMeeting, Label: "SG17", Start: sd(2027, time.April, 12), End: sd(2027, time.April, 21)},
				{Kind: export.MarkDeadline, Label: s.legend[3], End: sd(2027, time.March, 1)}}},
			{Label: s.lanes[2], Marks: []export.Mark{{Kind: export.MarkDeliverable, Label: "D1", End: sd(2026, time.December, 31)},
				{Kind: export.MarkDeliverable, Label: "D2", End: sd(2027, time.March, 31)},
				{Kind: export.MarkDeliverable, Label: "D3", End: sd(2027, time.September, 30)}}},
		},
	}
	var blocks []export.Block
	for _, p := range s.paras {
		blocks = append(blocks, export.Paragraph{Text: p, Field: "focusGroup.scope"})
	}
	return export.Document{
		Lang:        lang,
		Meta:        export.Meta{Title: s.values[3], Author: s.values[2], Subject: s.labels[4] + " " + s.values[4], Keywords: strings.Split(s.keywordsV, "; ")},
		RunningHead: "SG17-C xxx",
		Cover: export.Cover{
			Union: s.union, Sector: s.sector, StudyPeriod: s.period, Group: s.group, DocNumber: "C xxx", Original: s.original,
			Fields:   fields,
			Contacts: []export.Contact{{Label: s.contact, Lines: []export.Labelled{{Label: "", Value: "Jane Doe"}, {Label: "", Value: s.values[2]}, {Label: "Tel:", Value: "+41 22 730 5111"}, {Label: "E-mail:", Value: "jane.doe@example.org"}}}},
			Keywords: export.Labelled{Label: s.keywords, Value: s.keywordsV},
			Abstract: export.Labelled{Label: s.abstract, Value: s.abstractV},
		},
		Sections: []export.Section{
			{ID: "introduction", Title: "1 " + s.sec[0], Level: 1, Blocks: blocks},
			{ID: "terms-of-reference", Title: "2 " + s.sec[1], Level: 1, Sub: []export.Section{
				{ID: "scope", Title: "2.1 " + s.sec[2], Level: 2, Blocks: []export.Block{export.Paragraph{Text: s.paras[len(s.paras)-1]}, export.List{Items: s.items}, export.List{Items: s.items, Ordered: true}}},
				{ID: "gap-analysis", Title: "2.2 " + s.sec[3], Level: 2, Blocks: []export.Block{export.Table{Header: s.header, Weights: []float64{1, 4, 1.4}, Rows: s.rows}, chart}},
			}},
		},
	}
}
