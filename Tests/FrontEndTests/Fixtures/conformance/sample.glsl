// A banded colour ramp, written for the clonescan conformance suite.
#version 330 core

uniform float time;
uniform vec2 resolution;
out vec4 fragColor;

const int kBands = 8;

float band(float value, int count) {
    float scaled = value * float(count);
    if (scaled < 1.0) {
        return 0.0;
    } else if (scaled > float(count - 1)) {
        return 1.0;
    }
    return floor(scaled) / float(count);
}

vec3 ramp(float t) {
    vec3 colour = vec3(0.0);
    for (int i = 0; i < kBands; i++) {
        float weight = band(t, i + 1);
        colour += vec3(weight, weight * 0.5, 1.0 - weight);
    }
    return colour / float(kBands);
}

void main() {
    vec2 uv = gl_FragCoord.xy / resolution;
    float t = fract(uv.x + time * 0.1);
    fragColor = vec4(ramp(t), 1.0);
}
