package slugify;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** HTML 4 character entity names and their code points (the table of Python's html.entities.name2codepoint). */
final class HtmlEntities {

    static final Map<String, Integer> NAME2CODEPOINT;

    private static final Map<String, Integer> TABLE = new LinkedHashMap<>();

    private static void e(String name, int codepoint) {
        TABLE.put(name, codepoint);
    }

    static {
        e("AElig", 0x00C6); e("Aacute", 0x00C1); e("Acirc", 0x00C2); e("Agrave", 0x00C0); e("Alpha", 0x0391); e("Aring", 0x00C5);
        e("Atilde", 0x00C3); e("Auml", 0x00C4); e("Beta", 0x0392); e("Ccedil", 0x00C7); e("Chi", 0x03A7); e("Dagger", 0x2021);
        e("Delta", 0x0394); e("ETH", 0x00D0); e("Eacute", 0x00C9); e("Ecirc", 0x00CA); e("Egrave", 0x00C8); e("Epsilon", 0x0395);
        e("Eta", 0x0397); e("Euml", 0x00CB); e("Gamma", 0x0393); e("Iacute", 0x00CD); e("Icirc", 0x00CE); e("Igrave", 0x00CC);
        e("Iota", 0x0399); e("Iuml", 0x00CF); e("Kappa", 0x039A); e("Lambda", 0x039B); e("Mu", 0x039C); e("Ntilde", 0x00D1);
        e("Nu", 0x039D); e("OElig", 0x0152); e("Oacute", 0x00D3); e("Ocirc", 0x00D4); e("Ograve", 0x00D2); e("Omega", 0x03A9);
        e("Omicron", 0x039F); e("Oslash", 0x00D8); e("Otilde", 0x00D5); e("Ouml", 0x00D6); e("Phi", 0x03A6); e("Pi", 0x03A0);
        e("Prime", 0x2033); e("Psi", 0x03A8); e("Rho", 0x03A1); e("Scaron", 0x0160); e("Sigma", 0x03A3); e("THORN", 0x00DE);
        e("Tau", 0x03A4); e("Theta", 0x0398); e("Uacute", 0x00DA); e("Ucirc", 0x00DB); e("Ugrave", 0x00D9); e("Upsilon", 0x03A5);
        e("Uuml", 0x00DC); e("Xi", 0x039E); e("Yacute", 0x00DD); e("Yuml", 0x0178); e("Zeta", 0x0396); e("aacute", 0x00E1);
        e("acirc", 0x00E2); e("acute", 0x00B4); e("aelig", 0x00E6); e("agrave", 0x00E0); e("alefsym", 0x2135); e("alpha", 0x03B1);
        e("amp", 0x0026); e("and", 0x2227); e("ang", 0x2220); e("aring", 0x00E5); e("asymp", 0x2248); e("atilde", 0x00E3);
        e("auml", 0x00E4); e("bdquo", 0x201E); e("beta", 0x03B2); e("brvbar", 0x00A6); e("bull", 0x2022); e("cap", 0x2229);
        e("ccedil", 0x00E7); e("cedil", 0x00B8); e("cent", 0x00A2); e("chi", 0x03C7); e("circ", 0x02C6); e("clubs", 0x2663);
        e("cong", 0x2245); e("copy", 0x00A9); e("crarr", 0x21B5); e("cup", 0x222A); e("curren", 0x00A4); e("dArr", 0x21D3);
        e("dagger", 0x2020); e("darr", 0x2193); e("deg", 0x00B0); e("delta", 0x03B4); e("diams", 0x2666); e("divide", 0x00F7);
        e("eacute", 0x00E9); e("ecirc", 0x00EA); e("egrave", 0x00E8); e("empty", 0x2205); e("emsp", 0x2003); e("ensp", 0x2002);
        e("epsilon", 0x03B5); e("equiv", 0x2261); e("eta", 0x03B7); e("eth", 0x00F0); e("euml", 0x00EB); e("euro", 0x20AC);
        e("exist", 0x2203); e("fnof", 0x0192); e("forall", 0x2200); e("frac12", 0x00BD); e("frac14", 0x00BC); e("frac34", 0x00BE);
        e("frasl", 0x2044); e("gamma", 0x03B3); e("ge", 0x2265); e("gt", 0x003E); e("hArr", 0x21D4); e("harr", 0x2194);
        e("hearts", 0x2665); e("hellip", 0x2026); e("iacute", 0x00ED); e("icirc", 0x00EE); e("iexcl", 0x00A1); e("igrave", 0x00EC);
        e("image", 0x2111); e("infin", 0x221E); e("int", 0x222B); e("iota", 0x03B9); e("iquest", 0x00BF); e("isin", 0x2208);
        e("iuml", 0x00EF); e("kappa", 0x03BA); e("lArr", 0x21D0); e("lambda", 0x03BB); e("lang", 0x2329); e("laquo", 0x00AB);
        e("larr", 0x2190); e("lceil", 0x2308); e("ldquo", 0x201C); e("le", 0x2264); e("lfloor", 0x230A); e("lowast", 0x2217);
        e("loz", 0x25CA); e("lrm", 0x200E); e("lsaquo", 0x2039); e("lsquo", 0x2018); e("lt", 0x003C); e("macr", 0x00AF);
        e("mdash", 0x2014); e("micro", 0x00B5); e("middot", 0x00B7); e("minus", 0x2212); e("mu", 0x03BC); e("nabla", 0x2207);
        e("nbsp", 0x00A0); e("ndash", 0x2013); e("ne", 0x2260); e("ni", 0x220B); e("not", 0x00AC); e("notin", 0x2209);
        e("nsub", 0x2284); e("ntilde", 0x00F1); e("nu", 0x03BD); e("oacute", 0x00F3); e("ocirc", 0x00F4); e("oelig", 0x0153);
        e("ograve", 0x00F2); e("oline", 0x203E); e("omega", 0x03C9); e("omicron", 0x03BF); e("oplus", 0x2295); e("or", 0x2228);
        e("ordf", 0x00AA); e("ordm", 0x00BA); e("oslash", 0x00F8); e("otilde", 0x00F5); e("otimes", 0x2297); e("ouml", 0x00F6);
        e("para", 0x00B6); e("part", 0x2202); e("permil", 0x2030); e("perp", 0x22A5); e("phi", 0x03C6); e("pi", 0x03C0);
        e("piv", 0x03D6); e("plusmn", 0x00B1); e("pound", 0x00A3); e("prime", 0x2032); e("prod", 0x220F); e("prop", 0x221D);
        e("psi", 0x03C8); e("quot", 0x0022); e("rArr", 0x21D2); e("radic", 0x221A); e("rang", 0x232A); e("raquo", 0x00BB);
        e("rarr", 0x2192); e("rceil", 0x2309); e("rdquo", 0x201D); e("real", 0x211C); e("reg", 0x00AE); e("rfloor", 0x230B);
        e("rho", 0x03C1); e("rlm", 0x200F); e("rsaquo", 0x203A); e("rsquo", 0x2019); e("sbquo", 0x201A); e("scaron", 0x0161);
        e("sdot", 0x22C5); e("sect", 0x00A7); e("shy", 0x00AD); e("sigma", 0x03C3); e("sigmaf", 0x03C2); e("sim", 0x223C);
        e("spades", 0x2660); e("sub", 0x2282); e("sube", 0x2286); e("sum", 0x2211); e("sup", 0x2283); e("sup1", 0x00B9);
        e("sup2", 0x00B2); e("sup3", 0x00B3); e("supe", 0x2287); e("szlig", 0x00DF); e("tau", 0x03C4); e("there4", 0x2234);
        e("theta", 0x03B8); e("thetasym", 0x03D1); e("thinsp", 0x2009); e("thorn", 0x00FE); e("tilde", 0x02DC); e("times", 0x00D7);
        e("trade", 0x2122); e("uArr", 0x21D1); e("uacute", 0x00FA); e("uarr", 0x2191); e("ucirc", 0x00FB); e("ugrave", 0x00F9);
        e("uml", 0x00A8); e("upsih", 0x03D2); e("upsilon", 0x03C5); e("uuml", 0x00FC); e("weierp", 0x2118); e("xi", 0x03BE);
        e("yacute", 0x00FD); e("yen", 0x00A5); e("yuml", 0x00FF); e("zeta", 0x03B6); e("zwj", 0x200D); e("zwnj", 0x200C);
        NAME2CODEPOINT = Collections.unmodifiableMap(TABLE);
    }

    private HtmlEntities() {
    }
}
