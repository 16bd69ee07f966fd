// A tiny arithmetic tokenizer, written for the clonescan conformance suite.
package tokenizer {
    public class Tokenizer {
        public static const MAX_TOKENS:int = 1024;
        private var line:int = 1;

        public function classify(c:String):String {
            if (c == "+" || c == "-" || c == "*" || c == "/") {
                return "operator";
            } else if (c >= "0" && c <= "9") {
                return "number";
            } else if (c == " ") {
                return "space";
            }
            return "invalid";
        }

        public function tokenize(text:String):Array {
            var tokens:Array = [];
            for (var i:int = 0; i < text.length; i++) {
                var kind:String = classify(text.charAt(i));
                if (kind == "invalid") {
                    throw new Error("invalid token at line %d");
                }
                if (kind != "space" && tokens.length < MAX_TOKENS) {
                    tokens.push(kind);
                }
            }
            return tokens;
        }
    }
}
