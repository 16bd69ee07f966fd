import inflect.Inflector;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** JSON-lines driver for the independent Java inflection. */
public class IndependentInflectionDriver {
    static Object call(String fn, List<Object> a) {
        switch (fn) {
            case "camelize":
                return a.size() > 1 ? Inflector.camelize((String) a.get(0), (Boolean) a.get(1))
                                    : Inflector.camelize((String) a.get(0));
            case "dasherize": return Inflector.dasherize((String) a.get(0));
            case "humanize": return Inflector.humanize((String) a.get(0));
            case "ordinal": return Inflector.ordinal(((Number) a.get(0)).longValue());
            case "ordinalize": return Inflector.ordinalize(((Number) a.get(0)).longValue());
            case "parameterize":
                return a.size() > 1 ? Inflector.parameterize((String) a.get(0), (String) a.get(1))
                                    : Inflector.parameterize((String) a.get(0));
            case "pluralize": return Inflector.pluralize((String) a.get(0));
            case "singularize": return Inflector.singularize((String) a.get(0));
            case "tableize": return Inflector.tableize((String) a.get(0));
            case "titleize": return Inflector.titleize((String) a.get(0));
            case "transliterate": return Inflector.transliterate((String) a.get(0));
            case "underscore": return Inflector.underscore((String) a.get(0));
            default: throw new IllegalArgumentException(fn);
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
                res = Json.obj("ok", call((String) c.get("fn"), (List<Object>) c.get("args")));
            } catch (IndexOutOfBoundsException e) {
                res = Json.obj("error", Boolean.TRUE);
            }
            out.println(Json.dump(res));
        }
        out.flush();
    }
}
