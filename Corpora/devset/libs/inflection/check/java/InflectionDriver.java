import inflection.Inflection;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

public class InflectionDriver {
    @SuppressWarnings("unchecked")
    public static void main(String[] argv) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, "UTF-8");
        String line;
        while ((line = in.readLine()) != null) {
            Map<String, Object> c = (Map<String, Object>) Json.parse(line);
            List<Object> a = (List<Object>) c.get("args");
            Object res;
            try {
                switch ((String) c.get("fn")) {
                    case "camelize": res = a.size() > 1 ? Inflection.camelize((String) a.get(0), (Boolean) a.get(1)) : Inflection.camelize((String) a.get(0)); break;
                    case "dasherize": res = Inflection.dasherize((String) a.get(0)); break;
                    case "humanize": res = Inflection.humanize((String) a.get(0)); break;
                    case "ordinal": res = Inflection.ordinal((Long) a.get(0)); break;
                    case "ordinalize": res = Inflection.ordinalize((Long) a.get(0)); break;
                    case "parameterize": res = Inflection.parameterize((String) a.get(0), (String) a.get(1)); break;
                    case "pluralize": res = Inflection.pluralize((String) a.get(0)); break;
                    case "singularize": res = Inflection.singularize((String) a.get(0)); break;
                    case "tableize": res = Inflection.tableize((String) a.get(0)); break;
                    case "titleize": res = Inflection.titleize((String) a.get(0)); break;
                    case "transliterate": res = Inflection.transliterate((String) a.get(0)); break;
                    case "underscore": res = Inflection.underscore((String) a.get(0)); break;
                    default: throw new IllegalStateException("unknown function " + c.get("fn"));
                }
                out.println(Json.dump(Json.obj("ok", res)));
            } catch (RuntimeException e) {
                if (e instanceof IllegalStateException) throw e;
                out.println(Json.dump(Json.obj("error", true)));
            }
        }
        out.flush();
    }
}
