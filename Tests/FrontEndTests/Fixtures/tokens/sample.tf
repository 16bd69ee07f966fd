# A small service definition, written for the clonescan token-level suite.
variable "region" {
  type    = string
  default = "eu-west-1"
}

locals {
  max_tokens = 1024
  operators  = ["+", "-", "*", "/"]
  message    = "invalid token at line %d"
}

resource "aws_instance" "tokenizer" {
  ami           = "ami-0123456789"
  instance_type = var.region == "eu-west-1" ? "t3.micro" : "t3.small"
  count         = length(local.operators) * 2

  tags = {
    Name  = "tokenizer-${count.index}"
    Limit = local.max_tokens
  }
}

output "message" {
  value = upper(local.message)
}
