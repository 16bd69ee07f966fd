import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import slugify.Slugify;
import slugify.SlugifyOptions;
import slugify.Special;

public class SlugifyDriver {
    @SuppressWarnings("unchecked")
    static Object run(Map<String, Object> c) {
        String fn = (String) c.get("fn");
        if (fn.equals("tables")) {
            List<Object> out = new ArrayList<>();
            for (String[] p : Special.PRE_TRANSLATIONS) out.add(List.of(p[0], p[1]));
            return out;
        }
        if (fn.equals("smart_truncate")) {
            List<Object> a = (List<Object>) c.get("args");
            return Slugify.smartTruncate((String) a.get(0), ((Long) a.get(1)).intValue(), (Boolean) a.get(2),
                (String) a.get(3), (Boolean) a.get(4));
        }
        Map<String, Object> kw = (Map<String, Object>) c.get("kw");
        SlugifyOptions o = new SlugifyOptions();
        if (kw.containsKey("entities")) o.entities = (Boolean) kw.get("entities");
        if (kw.containsKey("decimal")) o.decimal = (Boolean) kw.get("decimal");
        if (kw.containsKey("hexadecimal")) o.hexadecimal = (Boolean) kw.get("hexadecimal");
        if (kw.containsKey("max_length")) o.maxLength = ((Long) kw.get("max_length")).intValue();
        if (kw.containsKey("word_boundary")) o.wordBoundary = (Boolean) kw.get("word_boundary");
        if (kw.containsKey("separator")) o.separator = (String) kw.get("separator");
        if (kw.containsKey("save_order")) o.saveOrder = (Boolean) kw.get("save_order");
        if (kw.containsKey("stopwords")) {
            o.stopwords = new ArrayList<>();
            for (Object w : (List<Object>) kw.get("stopwords")) o.stopwords.add((String) w);
        }
        if (kw.containsKey("regex_pattern")) o.regexPattern = Pattern.compile((String) kw.get("regex_pattern"));
        if (kw.containsKey("lowercase")) o.lowercase = (Boolean) kw.get("lowercase");
        if (kw.containsKey("replacements")) {
            Object r = kw.get("replacements");
            if ("PRE".equals(r)) {
                o.replacements = Special.PRE_TRANSLATIONS;
            } else {
                o.replacements = new ArrayList<>();
                for (Object p : (List<Object>) r) {
                    List<Object> pair = (List<Object>) p;
                    o.replacements.add(new String[] {(String) pair.get(0), (String) pair.get(1)});
                }
            }
        }
        if (kw.containsKey("allow_unicode")) o.allowUnicode = (Boolean) kw.get("allow_unicode");
        if (kw.containsKey("replacement_stage")) o.replacementStage = (String) kw.get("replacement_stage");
        if (kw.containsKey("backend")) o.backend = (String) kw.get("backend");
        if (kw.containsKey("algorithm")) o.algorithm = (String) kw.get("algorithm");
        return Slugify.slugify((String) c.get("text"), o);
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] argv) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, "UTF-8");
        String line;
        while ((line = in.readLine()) != null) {
            Map<String, Object> c = (Map<String, Object>) Json.parse(line);
            Object res;
            try {
                res = Json.obj("ok", run(c));
            } catch (IllegalArgumentException e) {
                res = Json.obj("error", "ValueError");
            }
            out.println(Json.dump(res));
        }
        out.flush();
    }
}
