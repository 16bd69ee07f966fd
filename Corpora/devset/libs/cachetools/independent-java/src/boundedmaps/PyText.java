package boundedmaps;

import java.util.Iterator;
import java.util.Map;

/** Python-style repr() for the key and value types a cache is likely to hold. */
final class PyText {
    private PyText() {}

    static String repr(Object o) {
        if (o == null) return "None";
        if (o instanceof Boolean) return ((Boolean) o) ? "True" : "False";
        if (o instanceof CharSequence) {
            String s = o.toString();
            char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
            StringBuilder b = new StringBuilder().append(quote);
            for (char c : s.toCharArray()) {
                if (c == quote || c == '\\') b.append('\\').append(c);
                else if (c == '\n') b.append("\\n");
                else if (c == '\t') b.append("\\t");
                else if (c == '\r') b.append("\\r");
                else if (c < 0x20 || c == 0x7f) b.append(String.format("\\x%02x", (int) c));
                else b.append(c);
            }
            return b.append(quote).toString();
        }
        return o.toString();
    }

    static <K, V> String dict(Map<K, V> map) {
        StringBuilder b = new StringBuilder("{");
        Iterator<Map.Entry<K, V>> it = map.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<K, V> e = it.next();
            b.append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
            if (it.hasNext()) b.append(", ");
        }
        return b.append('}').toString();
    }
}
