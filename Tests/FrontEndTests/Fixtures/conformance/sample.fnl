;; A tiny arithmetic tokenizer, written for the clonescan conformance suite.
(local max-tokens 1024)

(local operators {"+" true "-" true "*" true "/" true})

(fn classify [c]
  (if (. operators c) "operator"
      (c:match "%d") "number"
      (= c " ") "space"
      "invalid"))

(fn tokenize [text]
  (let [tokens []]
    (for [i 1 (length text)]
      (let [kind (classify (text:sub i i))]
        (when (= kind "invalid")
          (error "invalid token at line %d"))
        (when (and (not= kind "space") (< (length tokens) max-tokens))
          (table.insert tokens {:kind kind :value i}))))
    tokens))

{: classify : tokenize}
