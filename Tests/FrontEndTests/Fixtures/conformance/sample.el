;;; A tiny arithmetic tokenizer, written for the clonescan conformance suite.
(defconst tokenizer-max-tokens 1024)

(defvar tokenizer-operators '(?+ ?- ?* ?/))

(defvar tokenizer-names (list (cons "operator" 1) (cons "number" 2) (cons "space" 3)))

(defun tokenizer-classify (c)
  (cond ((memq c tokenizer-operators) "operator")
        ((and (>= c ?0) (<= c ?9)) "number")
        ((eq c ?\s) "space")
        (t "invalid")))

(defun tokenizer-tokenize (text)
  (let ((tokens '())
        (line 1))
    (dolist (c (string-to-list text))
      (let ((kind (tokenizer-classify c)))
        (when (string= kind "invalid")
          (error "invalid token at line %d" line))
        (unless (string= kind "space")
          (push (list kind c line) tokens))))
    (seq-take (nreverse tokens) tokenizer-max-tokens)))

(provide 'tokenizer)
