// A token classifier in hardware, written for the clonescan conformance suite.
module tokenizer #(parameter int MAX_TOKENS = 1024) (
    input  logic       clk,
    input  logic       reset,
    input  logic [7:0] char_in,
    output logic [1:0] kind,
    output logic [9:0] count
);

  function automatic logic [1:0] classify(input logic [7:0] c);
    if (c == "+" || c == "-" || c == "*" || c == "/") begin
      return 2'd1;
    end else if (c >= "0" && c <= "9") begin
      return 2'd2;
    end
    return 2'd0;
  endfunction

  function automatic logic [9:0] next_count(input logic [9:0] current, input logic [1:0] k);
    if (k != 2'd0 && current < MAX_TOKENS) begin
      return current + 10'd1;
    end
    return current;
  endfunction

  always_ff @(posedge clk) begin
    if (reset) begin
      count <= 10'd0;
    end else begin
      kind <= classify(char_in);
      count <= next_count(count, classify(char_in));
      for (int i = 0; i < 2; i++) begin
        if (kind == 2'd0) $display("invalid token at line %d", count);
      end
    end
  end

endmodule
