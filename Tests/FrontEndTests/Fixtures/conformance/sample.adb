-- A tiny tokenizer, written for the clonescan token-level suite.
with Ada.Text_IO; use Ada.Text_IO;

package body Tokenizer is

   Max_Tokens : constant Integer := 1024;

   function Is_Operator (C : Character) return Boolean is
   begin
      return C = '+' or else C = '-' or else C = '*' or else C = '/';
   end Is_Operator;

   procedure Tokenize (Text : String) is
      Count : Integer := 0;
   begin
      for I in Text'Range loop
         if Is_Operator (Text (I)) then
            Count := Count + 1;
         elsif Text (I) = ' ' then
            null;
         else
            Put_Line ("invalid token at line %d");
         end if;
      end loop;
      if Count > Max_Tokens then
         Put_Line ("too many tokens");
      end if;
   end Tokenize;

end Tokenizer;
