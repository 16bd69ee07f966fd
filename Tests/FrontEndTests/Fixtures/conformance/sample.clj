;; A tiny arithmetic tokenizer, written for the clonescan conformance suite.
(ns tokenizer.core
  (:require [clojure.string :as str]))

(def max-tokens 1024)

(defrecord Token [kind value line])

(defn classify
  [c]
  (cond
    (contains? #{\+ \- \* \/} c) "operator"
    (Character/isDigit c) "number"
    (= c \space) "space"
    :else "invalid"))

(defn tokenize
  [text]
  (loop [chars (seq text) tokens [] line 1]
    (if (empty? chars)
      (take max-tokens tokens)
      (let [c (first chars) kind (classify c)]
        (when (= kind "invalid")
          (throw (ex-info "invalid token at line %d" {:line line})))
        (recur (rest chars)
               (if (= kind "space") tokens (conj tokens (->Token kind c line)))
               line)))))
