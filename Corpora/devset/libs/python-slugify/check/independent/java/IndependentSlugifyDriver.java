import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import slugs.ReplacementTables;
import slugs.SlugError;
import slugs.SlugOptions;
import slugs.Slugifier;

/** JSON-lines driver for the independent Java slugify. */
public class IndependentSlugifyDriver {
    static List<Object> pairs(List<String[]> table) {
        List<Object> out = new ArrayList<>();
        for (String[] p : table) out.add(Arrays.asList((Object) p[0], p[1]));
        return out;
    }

    @SuppressWarnings("unchecked")
    static SlugOptions options(Map<String, Object> kw) {
        SlugOptions o = new SlugOptions();
        for (Map.Entry<String, Object> e : kw.entrySet()) {
            Object v = e.getValue();
            switch (e.getKey()) {
                case "entities": o.entities = (Boolean) v; break;
                case "decimal": o.decimal = (Boolean) v; break;
                case "hexadecimal": o.hexadecimal = (Boolean) v; break;
                case "max_length": o.maxLength = ((Number) v).intValue(); break;
                case "word_boundary": o.wordBoundary = (Boolean) v; break;
                case "separator": o.separator = (String) v; break;
                case "save_order": o.saveOrder = (Boolean) v; break;
                case "stopwords": o.stopwords = (List<String>) v; break;
                case "regex_pattern": o.regexPattern = (String) v; break;
                case "lowercase": o.lowercase = (Boolean) v; break;
                case "allow_unicode": o.allowUnicode = (Boolean) v; break;
                case "replacement_stage": o.replacementStage = (String) v; break;
                case "backend": o.backend = (String) v; break;
                case "algorithm": o.algorithm = (String) v; break;
                case "replacements":
                    if ("PRE".equals(v)) {
                        o.replacements = ReplacementTables.PRE_TRANSLATIONS;
                    } else {
                        o.replacements = new ArrayList<>();
                        for (Object p : (List<Object>) v) {
                            List<Object> pair = (List<Object>) p;
                            o.replacements.add(new String[] {(String) pair.get(0), (String) pair.get(1)});
                        }
                    }
                    break;
                default: throw new IllegalArgumentException(e.getKey());
            }
        }
        return o;
    }

    @SuppressWarnings("unchecked")
    static Object run(Map<String, Object> c) {
        switch ((String) c.get("fn")) {
            case "tables":
                return pairs(ReplacementTables.PRE_TRANSLATIONS);
            case "smart_truncate": {
                List<Object> a = (List<Object>) c.get("args");
                return Slugifier.smartTruncate((String) a.get(0), ((Number) a.get(1)).intValue(), (Boolean) a.get(2),
                        (String) a.get(3), (Boolean) a.get(4));
            }
            default:
                return Slugifier.slugify((String) c.get("text"), options((Map<String, Object>) c.get("kw")));
        }
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(System.out, false, "UTF-8");
        String line;
        while ((line = in.readLine()) != null) {
            Map<String, Object> c = (Map<String, Object>) Json.parse(line);
            Object res;
            try {
                res = Json.obj("ok", run(c));
            } catch (SlugError e) {
                res = Json.obj("error", "ValueError");
            }
            out.println(Json.dump(res));
        }
        out.flush();
    }
}
