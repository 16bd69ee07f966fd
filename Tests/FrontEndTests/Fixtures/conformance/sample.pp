# A tokenizer service, written for the clonescan conformance suite.
class tokenizer (
  Integer $max_tokens = 1024,
  String  $service    = 'tokenizer',
) {
  package { $service:
    ensure => installed,
  }

  file { '/etc/tokenizer.conf':
    ensure  => file,
    content => "max_tokens=${max_tokens}\n",
    require => Package[$service],
  }

  if $max_tokens > 4096 {
    fail('invalid token at line %d')
  } else {
    notice("tokenizer limited to ${max_tokens}")
  }
}

define tokenizer::rule (
  String $pattern,
  String $kind = 'operator',
) {
  file { "/etc/tokenizer/${title}.rule":
    ensure  => file,
    content => "${pattern} ${kind}\n",
  }
}

define tokenizer::alias (
  String $target,
) {
  file { "/etc/tokenizer/${title}.alias":
    ensure  => link,
    target  => $target,
  }
}
