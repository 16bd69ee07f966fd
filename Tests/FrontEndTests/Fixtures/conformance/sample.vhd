-- A token classifier in hardware, written for the clonescan conformance suite.
library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;

entity tokenizer is
  generic (MAX_TOKENS : integer := 1024);
  port (
    clk     : in  std_logic;
    char_in : in  character;
    count   : out integer
  );
end entity tokenizer;

architecture rtl of tokenizer is
  function classify(c : character) return integer is
  begin
    if c = '+' or c = '-' or c = '*' or c = '/' then
      return 1;
    elsif c >= '0' and c <= '9' then
      return 2;
    end if;
    return 0;
  end function classify;

  function next_count(current : integer; kind : integer) return integer is
  begin
    if kind /= 0 and current < MAX_TOKENS then
      return current + 1;
    end if;
    return current;
  end function next_count;

  signal total : integer := 0;
begin
  process (clk)
  begin
    if rising_edge(clk) then
      total <= next_count(total, classify(char_in));
      for i in 0 to 1 loop
        assert classify(char_in) /= 0 report "invalid token at line %d" severity warning;
      end loop;
    end if;
  end process;
  count <= total;
end architecture rtl;
