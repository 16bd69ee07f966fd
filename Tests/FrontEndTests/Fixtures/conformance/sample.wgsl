// A banded colour ramp, written for the clonescan conformance suite.
let BANDS: i32 = 8;

@group(0) @binding(0) var<uniform> time: f32;

fn band(value: f32, count: i32) -> f32 {
    let scaled = value * f32(count);
    if (scaled < 1.0) {
        return 0.0;
    } else if (scaled > f32(count - 1)) {
        return 1.0;
    }
    return floor(scaled) / f32(count);
}

fn ramp(t: f32) -> vec3<f32> {
    var colour = vec3<f32>(0.0, 0.0, 0.0);
    for (var i: i32 = 0; i < BANDS; i = i + 1) {
        let weight = band(t, i + 1);
        colour = colour + vec3<f32>(weight, weight * 0.5, 1.0 - weight);
    }
    return colour / f32(BANDS);
}

@fragment
fn main(@builtin(position) position: vec4<f32>) -> @location(0) vec4<f32> {
    let t = fract(position.x * 0.01 + time * 0.1);
    return vec4<f32>(ramp(t), 1.0);
}
