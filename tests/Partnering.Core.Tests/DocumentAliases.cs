// The stand-alone documents' readers moved to Partnering.Core.Documents; the library keeps two
// internal forwarders under the old names for files owned elsewhere. These aliases pick the public ones.
global using PolicyDocument = Partnering.Core.Documents.PolicyDocument;
global using TierLadderDocument = Partnering.Core.Documents.TierLadderDocument;
