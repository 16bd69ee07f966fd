// A tiny histogram of token kinds on the GPU, written for the clonescan conformance suite.
#include <cstdio>
#include <cuda_runtime.h>

const int kMaxTokens = 1024;

struct Counts {
    int operators;
    int numbers;
};

__device__ int classify(char c) {
    if (c == '+' || c == '-' || c == '*' || c == '/') {
        return 1;
    } else if (c >= '0' && c <= '9') {
        return 2;
    }
    return 0;
}

__global__ void countKinds(const char *text, int length, Counts *counts) {
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i >= length || i >= kMaxTokens) {
        return;
    }
    int kind = classify(text[i]);
    if (kind == 1) {
        atomicAdd(&counts->operators, 1);
    } else if (kind == 2) {
        atomicAdd(&counts->numbers, 1);
    }
}

int main() {
    const char *source = "1 + 2 * 3";
    Counts *counts = nullptr;
    cudaMallocManaged(&counts, sizeof(Counts));
    for (int round = 0; round < 2; ++round) {
        countKinds<<<1, 256>>>(source, 9, counts);
    }
    cudaDeviceSynchronize();
    printf("invalid token at line %d\n", counts->operators);
    cudaFree(counts);
    return 0;
}
