-- Conformance sample: a tiny tokenizer for arithmetic expressions.
local DIGITS = "0123456789"
local OPERATORS = "+-*/"

local Token = {}
Token.__index = Token

function Token.new(kind, text, line)
    local self = setmetatable({}, Token)
    self.kind = kind
    self.text = text
    self.line = line
    return self
end

function Token:describe()
    local label = string.upper(self.kind)
    if #self.text > 0 then
        label = label .. " " .. string.format("%q", self.text)
    else
        label = label .. " <empty>"
    end
    return label .. " @" .. tostring(self.line)
end

local function scan_number(source, start)
    local finish = start
    while finish <= #source and DIGITS:find(source:sub(finish, finish), 1, true) do
        finish = finish + 1
    end
    if source:sub(finish, finish) == "." then
        finish = finish + 1
        while finish <= #source and DIGITS:find(source:sub(finish, finish), 1, true) do
            finish = finish + 1
        end
    end
    return finish
end

local function tokenize(source, line)
    local tokens = {}
    local index = 1
    while index <= #source do
        local ch = source:sub(index, index)
        if ch:match("%s") then
            index = index + 1
        elseif DIGITS:find(ch, 1, true) then
            local finish = scan_number(source, index)
            tokens[#tokens + 1] = Token.new("number", source:sub(index, finish - 1), line)
            index = finish
        elseif OPERATORS:find(ch, 1, true) then
            tokens[#tokens + 1] = Token.new("operator", ch, line)
            index = index + 1
        else
            error(string.format("invalid token at line %d", line))
        end
    end
    return tokens
end

-- Tokenize each argument and print one token per line.
local total = 0
for i, text in ipairs(arg or {}) do
    for _, token in ipairs(tokenize(text, i)) do
        print(token:describe())
        total = total + 1
    end
end
print("tokens: " .. total)
return { Token = Token, tokenize = tokenize, scan_number = scan_number }
