package slugs;

import java.util.ArrayList;
import java.util.List;

/** The keyword arguments of slugify(), with the API's defaults. */
public final class SlugOptions {
    public boolean entities = true;
    public boolean decimal = true;
    public boolean hexadecimal = true;
    public int maxLength = 0;
    public boolean wordBoundary = false;
    public String separator = "-";
    public boolean saveOrder = false;
    public List<String> stopwords = new ArrayList<>();
    public String regexPattern = null;
    public boolean lowercase = true;
    /** (old, new) pairs applied literally, in order. */
    public List<String[]> replacements = new ArrayList<>();
    public boolean allowUnicode = false;
    public String replacementStage = "both";
    public String backend = "auto";
    public String algorithm = "legacy";
}
