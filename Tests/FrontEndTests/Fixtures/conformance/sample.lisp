;; A tiny arithmetic tokenizer, written for the clonescan conformance suite.
(defpackage :tokenizer
  (:use :common-lisp)
  (:export :classify :tokenize))

(in-package :tokenizer)

(defparameter *max-tokens* 1024)

(defun classify (c)
  (cond ((member c '(#\+ #\- #\* #\/)) "operator")
        ((digit-char-p c) "number")
        ((char= c #\Space) "space")
        (t "invalid")))

(defun tokenize (text)
  (let ((tokens '())
        (line 1))
    (dotimes (i (length text))
      (let ((kind (classify (char text i))))
        (when (string= kind "invalid")
          (error "invalid token at line ~d" line))
        (unless (string= kind "space")
          (push (list kind i line) tokens))))
    (subseq (nreverse tokens) 0 (min *max-tokens* (length tokens)))))
