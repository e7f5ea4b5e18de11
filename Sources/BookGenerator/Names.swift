import PlannerCore

/// Common Chinese surnames and given-name characters with their pinyin, so Latin names need no transliteration.
enum Names {
    static let surnames: [(String, String)] = [
        ("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("黄", "Huang"),
        ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"), ("朱", "Zhu"),
        ("胡", "Hu"), ("郭", "Guo"), ("何", "He"), ("高", "Gao"), ("林", "Lin"), ("罗", "Luo"), ("郑", "Zheng"),
        ("梁", "Liang"), ("谢", "Xie"), ("宋", "Song"), ("唐", "Tang"), ("许", "Xu"), ("韩", "Han"), ("冯", "Feng"),
        ("邓", "Deng"), ("曹", "Cao"), ("彭", "Peng"), ("曾", "Zeng"), ("肖", "Xiao"), ("田", "Tian"), ("董", "Dong"),
        ("潘", "Pan"), ("蒋", "Jiang"), ("蔡", "Cai"), ("余", "Yu"), ("杜", "Du"), ("叶", "Ye"), ("程", "Cheng"),
        ("苏", "Su"), ("魏", "Wei"), ("吕", "Lü"), ("丁", "Ding"), ("沈", "Shen"), ("姚", "Yao"), ("卢", "Lu"),
        ("钟", "Zhong"), ("谭", "Tan"), ("陆", "Lu"), ("冼", "Xian"), ("欧阳", "Ouyang"), ("司马", "Sima"),
    ]
    static let given: [(String, String)] = [
        ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("秀", "xiu"), ("英", "ying"), ("敏", "min"), ("静", "jing"),
        ("丽", "li"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("勇", "yong"), ("艳", "yan"),
        ("杰", "jie"), ("涛", "tao"), ("明", "ming"), ("超", "chao"), ("霞", "xia"), ("平", "ping"), ("刚", "gang"),
        ("华", "hua"), ("建", "jian"), ("国", "guo"), ("晓", "xiao"), ("文", "wen"), ("斌", "bin"), ("宇", "yu"),
        ("浩", "hao"), ("凯", "kai"), ("欣", "xin"), ("怡", "yi"), ("嘉", "jia"), ("琪", "qi"), ("思", "si"),
        ("远", "yuan"), ("智", "zhi"), ("鹏", "peng"), ("雅", "ya"), ("婷", "ting"), ("子", "zi"), ("涵", "han"),
        ("梓", "zi"), ("萱", "xuan"), ("诺", "nuo"), ("悦", "yue"), ("雨", "yu"), ("泽", "ze"), ("然", "ran"),
        ("海", "hai"), ("青", "qing"), ("博", "bo"), ("桐", "tong"), ("航", "hang"), ("俊", "jun"), ("慧", "hui"),
        ("振", "zhen"), ("永", "yong"), ("康", "kang"), ("雯", "wen"), ("豪", "hao"), ("轩", "xuan"), ("星", "xing"),
    ]
    static let latinFirst = [
        "David", "Anna", "Maria", "John", "Sophie", "Lucas", "Emma", "Omar", "Priya", "Kenji",
        "Elena", "Tom", "Aisha", "Pierre", "Nina", "Ivan",
    ]
    static let latinLast = [
        "Miller", "Schmidt", "Rossi", "Dubois", "Tanaka", "Khan", "Silva", "Novak", "Larsen",
        "Garcia", "Brown", "Kowalski", "Nguyen", "Müller", "O'Brien", "Smith",
    ]

    static let cities = ["广州", "深圳", "佛山", "东莞", "珠海", "中山", "南沙", "广东", "江门", "惠州"]
    static let cores = [
        "天极", "通则", "康威", "华创", "智联", "星海", "云帆", "锐捷", "博纳", "中科", "南粤", "海纳",
        "金桥", "宏图", "启明", "新元", "远望", "同方", "德信", "科盛",
    ]
    static let industries = [
        "电子科技", "智能科技", "信息技术", "数字出版", "通信技术", "新材料", "生物医药",
        "软件", "半导体", "物联网", "文化传媒", "检测认证",
    ]
    static let suffixes = ["有限公司", "股份有限公司", "集团有限公司", "研究院", "行业协会"]

    static let titles = [
        "党支部书记", "党支部副书记", "组织委员", "宣传委员", "纪检委员", "总经理", "副总经理",
        "工程师", "研发工程师", "产品经理", "办公室主任", "秘书处干事", "会员部主任", "讲解员", "编辑",
    ]

    static let eventTitles = [
        "党建强堡垒 促发展 联建交流活动", "主题党日活动", "学习贯彻党的二十大精神专题会",
        "产业链党建联盟交流会", "“七一”表彰大会", "党员志愿服务日", "红色教育基地参观学习",
        "党建引领高质量发展座谈会",
    ]
    static let eventThemes = [
        "推动落实南沙方案“十大行动”，为产业发展注入“红色动能”", "强化党建引领，促进产业协同",
        "学思想、强党性、重实践、建新功", nil,
    ]
    static let venueNames = [
        "冼星海故乡纪念馆", "南沙科技馆", "广州市科协会议中心", "黄埔军校旧址纪念馆",
        "农民运动讲习所", "南沙规划展览馆", "电子信息产业园", "中山纪念堂",
    ]
    static let districts = [
        "南沙区榄核镇", "南沙区黄阁镇", "天河区体育西路", "黄埔区长洲岛", "越秀区中山四路",
        "番禺区市桥街", "海珠区新港西路",
    ]
    static let roomNames = ["展厅", "会议室", "报告厅", "多功能厅", "一号会议室", "二号会议室", "培训室", "Lecture Hall"]
    static func itemTitles(_ kind: ItemKind) -> [String] {
        switch kind {
        case .oath: ["重温入党誓词", "集体重温入党誓词"]
        case .visit: ["参观纪念馆", "参观产业园展厅", "参观红色教育基地"]
        case .symposium: ["党建座谈会", "产业发展座谈会", "专题报告会"]
        case .discussion: ["互动交流", "分组讨论", "自由交流"]
        case .meeting: ["支部党员大会", "党员大会"]
        case .other: ["签到", "合影留念", "午餐", "总结讲话"]
        }
    }
    static let topics = [
        "发挥产业链集群效应，增强产业链韧性，推动产业链升级", "广东省电子信息制造业发展现状分析报告",
        "党建引领企业创新发展的实践", "数字化转型中的基层党组织建设", "Building resilient supply chains",
    ]
}
