// A tiny arithmetic tokenizer, written for the clonescan conformance suite.
#import <Foundation/Foundation.h>

static const NSInteger kMaxTokens = 1024;

@interface Tokenizer : NSObject
@property (nonatomic, copy) NSString *text;
@property (nonatomic) NSInteger line;
- (NSString *)classify:(unichar)c;
- (NSArray *)tokenize;
@end

@implementation Tokenizer

- (NSString *)classify:(unichar)c {
    if (c == '+' || c == '-' || c == '*' || c == '/') {
        return @"operator";
    } else if (c >= '0' && c <= '9') {
        return @"number";
    } else if (c == ' ') {
        return @"space";
    }
    return @"invalid";
}

- (NSArray *)tokenize {
    NSMutableArray *tokens = [NSMutableArray array];
    for (NSUInteger i = 0; i < self.text.length; i++) {
        NSString *kind = [self classify:[self.text characterAtIndex:i]];
        if ([kind isEqualToString:@"invalid"]) {
            NSLog(@"invalid token at line %d", (int)self.line);
            return nil;
        }
        if (![kind isEqualToString:@"space"]) {
            [tokens addObject:@{@"kind": kind, @"value": @(i)}];
        }
    }
    while (tokens.count > kMaxTokens) {
        [tokens removeLastObject];
    }
    return tokens;
}

@end
