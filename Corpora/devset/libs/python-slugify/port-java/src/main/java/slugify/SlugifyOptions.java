package slugify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The keyword arguments of {@link Slugify#slugify}, with their defaults. */
public final class SlugifyOptions {
    /** Decode HTML character entities (&amp;amp; etc.). */
    public boolean entities = true;
    /** Decode decimal character references (&amp;#39;). */
    public boolean decimal = true;
    /** Decode hexadecimal character references (&amp;#x27;). */
    public boolean hexadecimal = true;
    /** Maximum output length; 0 means unlimited. */
    public int maxLength = 0;
    /** Truncate at whole words. */
    public boolean wordBoundary = false;
    /** Separator between words. */
    public String separator = Slugify.DEFAULT_SEPARATOR;
    /** When truncating at word boundaries, stop at the first word that does not fit. */
    public boolean saveOrder = false;
    /** Words to drop from the slug. */
    public List<String> stopwords = new ArrayList<>();
    /** Pattern of disallowed characters (null: the default for the mode). */
    public Pattern regexPattern = null;
    /** Lower-case the slug. */
    public boolean lowercase = true;
    /** Ordered literal replacement rules (old, new). */
    public List<String[]> replacements = new ArrayList<>();
    /** Keep Unicode letters (NFKC) instead of transliterating to ASCII. */
    public boolean allowUnicode = false;
    /** When replacements apply: "both", "pre" or "post". */
    public String replacementStage = "both";
    /** Transliteration backend: "auto", "text-unidecode", "unidecode" or "anyascii". */
    public String backend = "auto";
    /** "legacy" (the default, frozen output) or "modern". */
    public String algorithm = "legacy";
}
