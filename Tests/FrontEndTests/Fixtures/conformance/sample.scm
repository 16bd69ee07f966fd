;; A tiny arithmetic tokenizer, written for the clonescan conformance suite.
(define max-tokens 1024)

(define operators (list #\+ #\- #\* #\/))

(define (classify c)
  (cond ((memv c operators) "operator")
        ((char-numeric? c) "number")
        ((char=? c #\space) "space")
        (else "invalid")))

(define (tokenize text)
  (let loop ((chars (string->list text))
             (tokens '())
             (line 1))
    (cond ((null? chars)
           (reverse tokens))
          ((string=? (classify (car chars)) "invalid")
           (error "invalid token at line %d" line))
          ((string=? (classify (car chars)) "space")
           (loop (cdr chars) tokens line))
          (else
           (loop (cdr chars) (cons (list (classify (car chars)) line) tokens) line)))))
