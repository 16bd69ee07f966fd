# Greedy word wrapping with optional full justification.

function split_words(text)
    words = String[]
    for word in split(text)
        if !isempty(word)
            push!(words, word)
        end
    end
    return words
end

function justify_line(words, width)
    if length(words) == 1
        return rpad(words[1], width)
    end
    total_chars = sum(length(word) for word in words)
    gaps = length(words) - 1
    spaces = width - total_chars
    base, extra = divrem(spaces, gaps)
    parts = String[]
    for (index, word) in enumerate(words[1:end-1])
        pad = base + (index <= extra ? 1 : 0)
        push!(parts, word * " "^pad)
    end
    push!(parts, words[end])
    return join(parts, "")
end

function wrap_words(words, width)
    lines = Vector{Vector{String}}()
    current = String[]
    len = 0
    for word in words
        if length(word) > width
            throw(ArgumentError("word too long for width $(width): $(word)"))
        end
        if !isempty(current) && len + 1 + length(word) > width
            push!(lines, current)
            current = String[]
            len = 0
        end
        if !isempty(current)
            len += 1
        end
        push!(current, word)
        len += length(word)
    end
    if !isempty(current)
        push!(lines, current)
    end
    return lines
end

function wrap(text, width; justify=false)
    if width <= 0
        throw(ArgumentError("width must be positive, got $(width)"))
    end
    result = String[]
    groups = wrap_words(split_words(text), width)
    for (index, group) in enumerate(groups)
        last = index == length(groups)
        if justify && !last
            push!(result, justify_line(group, width))
        else
            push!(result, join(group, " "))
        end
    end
    return join(result, "\n")
end
