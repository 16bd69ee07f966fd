// Blink a pin for each token read from serial, written for the clonescan conformance suite.
const int kLedPin = 13;
const int kMaxTokens = 1024;
int tokenCount = 0;

int classify(char c) {
  if (c == '+' || c == '-' || c == '*' || c == '/') {
    return 1;
  } else if (c >= '0' && c <= '9') {
    return 2;
  }
  return 0;
}

void blink(int times) {
  for (int i = 0; i < times; i++) {
    digitalWrite(kLedPin, HIGH);
    delay(100);
    digitalWrite(kLedPin, LOW);
    delay(100);
  }
}

void setup() {
  pinMode(kLedPin, OUTPUT);
  Serial.begin(9600);
}

void loop() {
  while (Serial.available() > 0 && tokenCount < kMaxTokens) {
    char c = Serial.read();
    int kind = classify(c);
    if (kind == 0) {
      Serial.println("invalid token at line %d");
    } else {
      blink(kind);
      tokenCount++;
    }
  }
}
