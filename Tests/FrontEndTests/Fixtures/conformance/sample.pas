// A tiny arithmetic tokenizer, written for the clonescan conformance suite.
unit Tokenizer;

interface

const
  MaxTokens = 1024;

type
  TTokenizer = class
  private
    FLine: Integer;
  public
    function Classify(C: Char): string;
    function Tokenize(const Text: string): Integer;
  end;

implementation

function TTokenizer.Classify(C: Char): string;
begin
  if (C = '+') or (C = '-') or (C = '*') or (C = '/') then
    Result := 'operator'
  else if (C >= '0') and (C <= '9') then
    Result := 'number'
  else if C = ' ' then
    Result := 'space'
  else
    Result := 'invalid';
end;

function TTokenizer.Tokenize(const Text: string): Integer;
var
  I, Count: Integer;
  Kind: string;
begin
  Count := 0;
  for I := 1 to Length(Text) do
  begin
    Kind := Classify(Text[I]);
    if Kind = 'invalid' then
      raise Exception.CreateFmt('invalid token at line %d', [FLine]);
    if (Kind <> 'space') and (Count < MaxTokens) then
      Count := Count + 1;
  end;
  Result := Count;
end;

end.
