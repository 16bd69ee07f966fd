" A tiny arithmetic tokenizer, written for the clonescan conformance suite.
let g:max_tokens = 1024
let g:operators = ['+', '-', '*', '/']
let g:messages = {'invalid': 'invalid token at line %d', 'limit': 'too many tokens'}

function! s:Classify(c) abort
  if a:c =~# '[-+*/]'
    return 'operator'
  elseif a:c =~# '\d'
    return 'number'
  elseif a:c ==# ' '
    return 'space'
  endif
  return 'invalid'
endfunction

function! Tokenize(text) abort
  let tokens = []
  for i in range(len(a:text))
    let kind = s:Classify(a:text[i])
    if kind ==# 'invalid'
      throw 'invalid token at line %d'
    endif
    if kind !=# 'space' && len(tokens) < g:max_tokens
      call add(tokens, {'kind': kind, 'value': i})
    endif
  endfor
  return tokens
endfunction
