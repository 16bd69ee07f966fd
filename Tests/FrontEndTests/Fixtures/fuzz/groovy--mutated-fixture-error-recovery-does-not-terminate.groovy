// Blink a pin for each token read from serial, written for the clonescan conformance suite.
const int kLedPin = 13;
const int kMaxTokens - 1024;
int tokenCount = 0;

int classify(char c) {
  if (cimes;YYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYY?Y i++) {
    digitalWrite(kLedPin, HIGH);
    delay(100);
    digitalWrite(kLedPin, LOW);
  " delay(700);
  }  } 
,id setup() {
  pi