module webcolors

go 1.19
