// Small JSON reader/writer for the independent-implementation check drivers.
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

final class JsonLines {
    private final String src;
    private int at;

    private JsonLines(String src) { this.src = src; }

    static Object read(String line) { return new JsonLines(line).value(); }

    private void blanks() {
        while (at < src.length() && Character.isWhitespace(src.charAt(at))) at++;
    }

    private Object value() {
        blanks();
        char c = src.charAt(at);
        switch (c) {
            case '{': {
                at++;
                Map<String, Object> m = new LinkedHashMap<>();
                blanks();
                if (src.charAt(at) == '}') { at++; return m; }
                while (true) {
                    blanks();
                    String k = text();
                    blanks();
                    at++;  // ':'
                    m.put(k, value());
                    blanks();
                    if (src.charAt(at++) == '}') return m;
                }
            }
            case '[': {
                at++;
                List<Object> l = new ArrayList<>();
                blanks();
                if (src.charAt(at) == ']') { at++; return l; }
                while (true) {
                    l.add(value());
                    blanks();
                    if (src.charAt(at++) == ']') return l;
                }
            }
            case '"': return text();
            case 't': at += 4; return Boolean.TRUE;
            case 'f': at += 5; return Boolean.FALSE;
            case 'n': at += 4; return null;
            default: {
                int start = at;
                while (at < src.length() && "+-0123456789.eE".indexOf(src.charAt(at)) >= 0) at++;
                String num = src.substring(start, at);
                if (num.indexOf('.') < 0 && num.indexOf('e') < 0 && num.indexOf('E') < 0) return Long.parseLong(num);
                return Double.parseDouble(num);
            }
        }
    }

    private String text() {
        StringBuilder b = new StringBuilder();
        at++;
        while (true) {
            char c = src.charAt(at++);
            if (c == '"') return b.toString();
            if (c != '\\') { b.append(c); continue; }
            char e = src.charAt(at++);
            switch (e) {
                case 'n': b.append('\n'); break;
                case 't': b.append('\t'); break;
                case 'r': b.append('\r'); break;
                case 'b': b.append('\b'); break;
                case 'f': b.append('\f'); break;
                case 'u': b.append((char) Integer.parseInt(src.substring(at, at + 4), 16)); at += 4; break;
                default: b.append(e);
            }
        }
    }

    static String write(Object v) {
        StringBuilder b = new StringBuilder();
        emit(b, v);
        return b.toString();
    }

    @SuppressWarnings("unchecked")
    private static void emit(StringBuilder b, Object v) {
        if (v == null) b.append("null");
        else if (v instanceof String) quote(b, (String) v);
        else if (v instanceof Boolean || v instanceof Long || v instanceof Integer) b.append(v);
        else if (v instanceof Double) {
            double d = (Double) v;
            if (d == Math.rint(d) && Math.abs(d) < 1e15) b.append((long) d).append(".0");
            else b.append(d);
        } else if (v instanceof Map) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> e : ((Map<String, Object>) v).entrySet()) {
                if (!first) b.append(", ");
                first = false;
                quote(b, e.getKey());
                b.append(": ");
                emit(b, e.getValue());
            }
            b.append('}');
        } else if (v instanceof List) {
            b.append('[');
            boolean first = true;
            for (Object o : (List<Object>) v) {
                if (!first) b.append(", ");
                first = false;
                emit(b, o);
            }
            b.append(']');
        } else quote(b, v.toString());
    }

    private static void quote(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c == '\t') b.append("\\t");
            else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        b.append('"');
    }

    static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }
}
