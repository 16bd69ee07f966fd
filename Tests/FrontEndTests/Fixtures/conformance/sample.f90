! A tiny arithmetic tokenizer, written for the clonescan conformance suite.
module tokenizer
  implicit none
  integer, parameter :: max_tokens = 1024

contains

  function classify(c) result(kind)
    character(len=1), intent(in) :: c
    character(len=8) :: kind
    if (c == '+' .or. c == '-' .or. c == '*' .or. c == '/') then
      kind = 'operator'
    else if (c >= '0' .and. c <= '9') then
      kind = 'number'
    else if (c == ' ') then
      kind = 'space'
    else
      kind = 'invalid'
    end if
  end function classify

  subroutine tokenize(text, count)
    character(len=*), intent(in) :: text
    integer, intent(out) :: count
    integer :: i
    character(len=8) :: kind
    count = 0
    do i = 1, len(text)
      kind = classify(text(i:i))
      if (kind == 'invalid') then
        print *, "invalid token at line %d"
        return
      end if
      if (kind /= 'space' .and. count < max_tokens) then
        count = count + 1
      end if
    end do
  end subroutine tokenize

end module tokenizer
