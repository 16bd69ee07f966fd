% A tiny arithmetic tokenizer, written for the clonescan conformance suite.
function tokens = tokenize(text)
    tokens = {};
    maxTokens = 1024;
    for i = 1:length(text)
        kind = classify(text(i));
        if strcmp(kind, 'invalid')
            error('invalid token at line %d', i);
        end
        if ~strcmp(kind, 'space') && numel(tokens) < maxTokens
            tokens{end + 1} = struct('kind', kind, 'value', i);
        end
    end
end

function kind = classify(c)
    if any(c == '+-*/')
        kind = 'operator';
    elseif c >= '0' && c <= '9'
        kind = 'number';
    elseif c == ' '
        kind = 'space';
    else
        kind = 'invalid';
    end
end
