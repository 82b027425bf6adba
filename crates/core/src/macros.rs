//! Boilerplate shared by the validators, written once so that every error
//! enum and every validated newtype behaves the same way.

/// Declares an error enum whose variants map to stable codes, and lists them
/// all in `ALL` (in the order the validator checks them) so that no code can
/// be left without a message.
macro_rules! rules {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$variant_meta:meta])* $variant:ident => $code:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $( $(#[$variant_meta])* $variant, )+
        }

        impl $name {
            /// Every rule, in the order they are checked.
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];
        }

        impl $crate::validate::Rule for $name {
            fn code(&self) -> &'static str {
                match self {
                    $( Self::$variant => $code, )+
                }
            }
        }

        /// Shows the code: the words for people live in the locale files.
        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str($crate::validate::Rule::code(self))
            }
        }

        impl ::std::error::Error for $name {}
    };
}

/// Gives a newtype over a validated `String` its string conversions: it is
/// shown and serialized as the normalized text, and parsed or deserialized
/// only through its validator, so an invalid value can't be constructed.
macro_rules! validated_string {
    ($name:ident, $error:ty, $validate:path) => {
        impl $name {
            /// The normalized value.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl ::core::str::FromStr for $name {
            type Err = $error;

            fn from_str(input: &str) -> Result<Self, Self::Err> {
                $validate(input)
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.0)
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let input = String::deserialize(deserializer)?;
                $validate(&input).map_err(::serde::de::Error::custom)
            }
        }
    };
}
