// Base58 encode or decode FILE, or standard input, to standard output.
//
//     base58 [-d|--decode] [-c|--check] [FILE]
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <string>

#include "base58.hpp"

int main(int argc, char** argv) {
    bool decode = false, check = false;
    std::string file = "-";
    for (int k = 1; k < argc; ++k) {
        std::string arg = argv[k];
        if (arg == "-d" || arg == "--decode") decode = true;
        else if (arg == "-c" || arg == "--check") check = true;
        else if (arg == "-h" || arg == "--help") {
            std::cout << "usage: base58 [-h] [-d] [-c] [FILE]\n\n"
                         "Base58 encode or decode FILE, or standard input, to standard output.\n\n"
                         "positional arguments:\n  FILE\n\noptions:\n"
                         "  -h, --help    show this help message and exit\n"
                         "  -d, --decode  decode data\n"
                         "  -c, --check   append a checksum before encoding\n";
            return 0;
        } else file = arg;
    }

    std::string data;
    if (file == "-") {
        data.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    } else {
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            std::cerr << "base58: error: can't open '" << file << "'\n";
            return 2;
        }
        data.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }

    try {
        std::string result;
        if (!decode && !check) result = base58::b58encode(base58::Bytes(data.begin(), data.end()));
        else if (!decode && check) result = base58::b58encode_check(base58::Bytes(data.begin(), data.end()));
        else {
            base58::Bytes out = check ? base58::b58decode_check(data) : base58::b58decode(data);
            result.assign(out.begin(), out.end());
        }
        std::cout << result;
    } catch (const std::exception& e) {
        std::cerr << e.what() << "\n";
        return 1;
    }
    return 0;
}
