// A banded colour ramp, written for the clonescan conformance suite.
struct Frame {
    float time;
    float2 resolution;
};

static const float time = 0.0;
static const float2 resolution = float2(640.0, 480.0);

static const int kBands = 8;

float band(float value, int count) {
    float scaled = value * count;
    if (scaled < 1.0) {
        return 0.0;
    } else if (scaled > count - 1) {
        return 1.0;
    }
    return floor(scaled) / count;
}

float3 ramp(float t) {
    float3 colour = float3(0.0, 0.0, 0.0);
    for (int i = 0; i < kBands; i++) {
        float weight = band(t, i + 1);
        colour += float3(weight, weight * 0.5, 1.0 - weight);
    }
    return colour / kBands;
}

float4 shade(float2 position) {
    float2 uv = position / resolution;
    float t = frac(uv.x + time * 0.1);
    return float4(ramp(t), 1.0);
}
