// A tiny arithmetic tokenizer, written for the clonescan conformance suite.
namespace Tokenizer;

const int MAX_TOKENS = 1024;

final class Tokenizer {
  private int $line = 1;

  public function classify(string $c): string {
    if ($c === '+' || $c === '-' || $c === '*' || $c === '/') {
      return 'operator';
    } else if (\ctype_digit($c)) {
      return 'number';
    } else if ($c === ' ') {
      return 'space';
    }
    return 'invalid';
  }

  public function tokenize(string $text): vec<string> {
    $tokens = vec[];
    for ($i = 0; $i < \strlen($text); $i++) {
      $kind = $this->classify($text[$i]);
      if ($kind === 'invalid') {
        throw new \Exception('invalid token at line %d');
      }
      if ($kind !== 'space' && \count($tokens) < MAX_TOKENS) {
        $tokens[] = $kind;
      }
    }
    return $tokens;
  }
}
