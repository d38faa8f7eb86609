namespace TalentChain.Modules.People.Demo;

/// <summary>Common Chinese surnames and given-name characters with their pinyin, for demo and benchmark data.</summary>
internal static class DemoNames
{
    public static readonly (string Zh, string Py)[] Surnames =
    [
        ("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("赵", "Zhao"), ("黄", "Huang"),
        ("周", "Zhou"), ("吴", "Wu"), ("徐", "Xu"), ("孙", "Sun"), ("胡", "Hu"), ("朱", "Zhu"), ("高", "Gao"), ("林", "Lin"),
        ("何", "He"), ("郭", "Guo"), ("马", "Ma"), ("罗", "Luo"), ("梁", "Liang"), ("宋", "Song"), ("郑", "Zheng"), ("谢", "Xie"),
        ("韩", "Han"), ("唐", "Tang"), ("冯", "Feng"), ("于", "Yu"), ("董", "Dong"), ("萧", "Xiao"), ("程", "Cheng"), ("曹", "Cao"),
        ("袁", "Yuan"), ("邓", "Deng"), ("许", "Xu"), ("傅", "Fu"), ("沈", "Shen"), ("曾", "Zeng"), ("彭", "Peng"), ("吕", "Lü"),
        ("苏", "Su"), ("卢", "Lu"), ("蒋", "Jiang"), ("蔡", "Cai"), ("贾", "Jia"), ("丁", "Ding"), ("魏", "Wei"), ("薛", "Xue"),
        ("廖", "Liao"), ("乌", "Wu"), ("包", "Bao"), ("白", "Bai"), ("孟", "Meng"), ("秦", "Qin"), ("闫", "Yan"), ("任", "Ren"),
    ];

    public static readonly (string Zh, string Py)[] GivenChars =
    [
        ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("丽", "li"), ("强", "qiang"), ("磊", "lei"),
        ("军", "jun"), ("洋", "yang"), ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("娟", "juan"), ("涛", "tao"), ("明", "ming"),
        ("超", "chao"), ("秀", "xiu"), ("霞", "xia"), ("平", "ping"), ("刚", "gang"), ("英", "ying"), ("华", "hua"), ("建", "jian"),
        ("国", "guo"), ("文", "wen"), ("志", "zhi"), ("海", "hai"), ("宇", "yu"), ("鹏", "peng"), ("辉", "hui"), ("斌", "bin"),
        ("峰", "feng"), ("晨", "chen"), ("欣", "xin"), ("博", "bo"), ("睿", "rui"), ("浩", "hao"), ("思", "si"), ("雪", "xue"),
        ("婷", "ting"), ("琳", "lin"), ("成", "cheng"), ("亮", "liang"), ("红", "hong"), ("春", "chun"), ("生", "sheng"), ("光", "guang"),
        ("宪", "xian"), ("鑫", "xin"), ("嘉", "jia"), ("彤", "tong"), ("凯", "kai"), ("晓", "xiao"), ("东", "dong"), ("燕", "yan"),
    ];
}
